#include "deletionjournal.h"
#include "qtprinters.h"

#include <QFile>
#include <QTemporaryDir>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace Packhouse;
using namespace std::chrono_literals;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::SizeIs;

namespace Packhouse {
// Failures show the entry as its journal line rather than as bytes.
void PrintTo(const JournalEntry &entry, std::ostream *os)
{
    *os << entry.toJsonLine().trimmed().toStdString();
}
} // namespace Packhouse

using Action = JournalEntry::Action;
using Outcome = JournalEntry::Outcome;

namespace {

const QDateTime now(QDate(2024, 6, 30), QTime(12, 0, 0), Qt::UTC);

JournalEntry entry(const QString &operationId, qint64 versionId, Action action, Outcome outcome,
                   QDateTime time)
{
    JournalEntry result;
    result.operationId = operationId;
    result.host = QStringLiteral("github.com");
    result.owner = NamespaceRef::organization(QStringLiteral("acme"));
    result.packageType = PackageType::Container;
    result.packageName = QStringLiteral("tools/builder");
    result.versionId = versionId;
    result.versionName = QStringLiteral("sha256:%1").arg(versionId);
    result.tags = {QStringLiteral("v%1").arg(versionId)};
    result.action = action;
    result.outcome = outcome;
    result.time = time;
    return result;
}

QList<QString> operationIds(const QList<JournalEntry> &entries)
{
    QList<QString> ids;
    for (const JournalEntry &item : entries)
        ids.append(item.operationId);
    return ids;
}

void appendRaw(const QString &path, const QByteArray &data)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Append));
    ASSERT_EQ(file.write(data), data.size());
}

class DeletionJournalTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(dir.isValid()); }

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("state/journal.jsonl"));
    DeletionJournal journal{path};
};

} // namespace

TEST(JournalEntry, RoundTripsThroughAJsonLine)
{
    JournalEntry original =
        entry(QStringLiteral("op-1"), 42, Action::RestorePackage, Outcome::Failed, now.addMSecs(123));
    original.owner = NamespaceRef::authenticatedUser(QStringLiteral("octocat"));
    original.packageType = PackageType::NuGet;
    original.tags = {QStringLiteral("a\nb"), QStringLiteral("\"quoted\"")};
    original.message = QStringLiteral("GitHub said:\n\"no\"");

    const QByteArray line = original.toJsonLine();
    EXPECT_TRUE(line.endsWith('\n'));
    EXPECT_EQ(line.count('\n'), 1);
    const std::optional<JournalEntry> decoded = JournalEntry::fromJsonLine(line);
    ASSERT_TRUE(decoded.has_value());
    EXPECT_EQ(*decoded, original);
}

TEST(JournalEntry, SkippedIsReadBack)
{
    JournalEntry skipped = entry(QStringLiteral("op-1"), 7, Action::DeleteVersion, Outcome::Skipped, now);
    skipped.message = QStringLiteral("kept because deleting 1.3.0 failed");

    const QByteArray line = skipped.toJsonLine();
    EXPECT_TRUE(line.contains("\"outcome\":\"skipped\"")) << line.toStdString();
    const std::optional<JournalEntry> decoded = JournalEntry::fromJsonLine(line);
    ASSERT_TRUE(decoded.has_value());
    EXPECT_EQ(*decoded, skipped);
}

TEST(JournalEntry, RejectsWhatToJsonLineDidNotWrite)
{
    const QByteArray good =
        entry(QStringLiteral("op"), 1, Action::DeleteVersion, Outcome::Done, now).toJsonLine();
    EXPECT_TRUE(JournalEntry::fromJsonLine(good).has_value());
    for (const QByteArray &line :
         {QByteArray(), QByteArray("{}"), QByteArray("[]"), QByteArray("null"), good.left(good.size() / 2),
          QByteArray(good).replace("\"v\":1", "\"v\":2"),
          QByteArray(good).replace("delete-version", "explode"),
          QByteArray(good).replace("\"done\"", "\"maybe\""), QByteArray(good).replace("container", "pypi"),
          QByteArray(good).replace("2024-06-30", "yesterday"),
          QByteArray(good).replace("\"op\"", "\"opx\"")}) {
        EXPECT_FALSE(JournalEntry::fromJsonLine(line).has_value()) << line.toStdString();
    }
}

TEST(JournalEntry, SameTargetIgnoresLoginCaseAndOwnerPath)
{
    const JournalEntry a = entry(QStringLiteral("a"), 7, Action::DeleteVersion, Outcome::Done, now);
    JournalEntry b = entry(QStringLiteral("b"), 7, Action::RestoreVersion, Outcome::Done, now);
    b.owner = NamespaceRef::organization(QStringLiteral("ACME"));
    EXPECT_TRUE(a.sameTarget(b));
    b.versionId = 8;
    EXPECT_FALSE(a.sameTarget(b));
    b.versionId = 7;
    b.host = QStringLiteral("ghes.example.com");
    EXPECT_FALSE(a.sameTarget(b));

    JournalEntry mine = entry(QStringLiteral("c"), 7, Action::DeleteVersion, Outcome::Done, now);
    mine.owner = NamespaceRef::authenticatedUser(QStringLiteral("octocat"));
    JournalEntry viaUsers = mine;
    viaUsers.owner = NamespaceRef::user(QStringLiteral("OctoCat"));
    EXPECT_TRUE(mine.sameTarget(viaUsers));
}

TEST_F(DeletionJournalTest, MissingFileIsAnEmptyJournal)
{
    EXPECT_THAT(journal.readAll(), IsEmpty());
    EXPECT_EQ(journal.corruptLines(), 0);
    EXPECT_THAT(journal.restorable(now), IsEmpty());
    EXPECT_THAT(journal.unfinished(), IsEmpty());
}

TEST_F(DeletionJournalTest, AppendsOneLinePerEntryAndReadsThemBack)
{
    const JournalEntry first =
        entry(QStringLiteral("op-1"), 1, Action::DeleteVersion, Outcome::Attempted, now);
    const JournalEntry second =
        entry(QStringLiteral("op-1"), 1, Action::DeleteVersion, Outcome::Done, now.addSecs(1));
    QString error;
    ASSERT_TRUE(journal.append(first, &error)) << error.toStdString();
    ASSERT_TRUE(journal.append(second, &error)) << error.toStdString();

    EXPECT_THAT(journal.readAll(), ElementsAre(first, second));
    EXPECT_EQ(journal.corruptLines(), 0);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), first.toJsonLine() + second.toJsonLine());
    EXPECT_EQ(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
              QFileDevice::Permissions());

    // Another instance on the same file (the app restarted) sees the same entries.
    EXPECT_THAT(DeletionJournal(path).readAll(), ElementsAre(first, second));
}

TEST_F(DeletionJournalTest, RefusesIncompleteEntries)
{
    JournalEntry incomplete = entry(QStringLiteral("op"), 1, Action::DeleteVersion, Outcome::Done, now);
    incomplete.host.clear();
    QString error;
    EXPECT_FALSE(journal.append(incomplete, &error));
    EXPECT_FALSE(error.isEmpty());
    incomplete = entry(QStringLiteral("op"), 1, Action::DeleteVersion, Outcome::Done, QDateTime());
    EXPECT_FALSE(journal.append(incomplete));
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(DeletionJournalTest, ReportsAnUnwritableLocation)
{
    appendRaw(dir.filePath(QStringLiteral("file")), "x");
    DeletionJournal blocked(dir.filePath(QStringLiteral("file/journal.jsonl")));
    QString error;
    EXPECT_FALSE(
        blocked.append(entry(QStringLiteral("op"), 1, Action::DeleteVersion, Outcome::Done, now), &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST_F(DeletionJournalTest, TornLastLineAfterACrashIsSkippedAndTheNextAppendStartsAFreshLine)
{
    const JournalEntry kept = entry(QStringLiteral("op-1"), 1, Action::DeleteVersion, Outcome::Done, now);
    ASSERT_TRUE(journal.append(kept));
    // The process died half way through writing the next line.
    const QByteArray torn =
        entry(QStringLiteral("op-2"), 2, Action::DeleteVersion, Outcome::Done, now).toJsonLine();
    appendRaw(path, torn.left(torn.size() / 2));

    EXPECT_THAT(journal.readAll(), ElementsAre(kept));
    EXPECT_EQ(journal.corruptLines(), 1);

    DeletionJournal reopened(path);
    const JournalEntry after = entry(QStringLiteral("op-3"), 3, Action::DeleteVersion, Outcome::Done, now);
    ASSERT_TRUE(reopened.append(after));
    EXPECT_THAT(reopened.readAll(), ElementsAre(kept, after));
    EXPECT_EQ(reopened.corruptLines(), 1);
}

TEST_F(DeletionJournalTest, GarbageLinesAreCountedNotFatal)
{
    const JournalEntry first = entry(QStringLiteral("op-1"), 1, Action::DeleteVersion, Outcome::Done, now);
    const JournalEntry second = entry(QStringLiteral("op-2"), 2, Action::DeletePackage, Outcome::Done, now);
    ASSERT_TRUE(journal.append(first));
    appendRaw(path, QByteArray("not json\n\n{}\n[1,2,3]\n\r\n") + QByteArray("\0\1\2\3\n", 5) +
                        QByteArray(first.toJsonLine()).replace("\"v\":1", "\"v\":99"));
    ASSERT_TRUE(journal.append(second));

    EXPECT_THAT(journal.readAll(), ElementsAre(first, second));
    EXPECT_EQ(journal.corruptLines(), 5);
}

TEST_F(DeletionJournalTest, OverlongLineIsSkippedWithoutLosingItsNeighbours)
{
    const JournalEntry before = entry(QStringLiteral("op-1"), 1, Action::DeleteVersion, Outcome::Done, now);
    const JournalEntry after = entry(QStringLiteral("op-2"), 2, Action::DeleteVersion, Outcome::Done, now);
    ASSERT_TRUE(journal.append(before));
    appendRaw(path, QByteArray(DeletionJournal::maxLineBytes * 2 + 17, 'x') + '\n');
    ASSERT_TRUE(journal.append(after));

    EXPECT_THAT(journal.readAll(), ElementsAre(before, after));
    EXPECT_EQ(journal.corruptLines(), 1);
}

TEST_F(DeletionJournalTest, RestorableIsWhatWasDeletedRecentlyAndNotRestored)
{
    const auto daysAgo = [](int days) { return now.addDays(-days); };
    const QList<JournalEntry> entries{
        entry(QStringLiteral("recent"), 1, Action::DeleteVersion, Outcome::Attempted, daysAgo(10)),
        entry(QStringLiteral("recent"), 1, Action::DeleteVersion, Outcome::Done, daysAgo(10)),
        entry(QStringLiteral("too-old"), 2, Action::DeleteVersion, Outcome::Done, daysAgo(31)),
        entry(QStringLiteral("only-attempted"), 3, Action::DeleteVersion, Outcome::Attempted, daysAgo(1)),
        entry(QStringLiteral("failed"), 4, Action::DeleteVersion, Outcome::Failed, daysAgo(1)),
        entry(QStringLiteral("restored"), 5, Action::DeleteVersion, Outcome::Done, daysAgo(5)),
        entry(QStringLiteral("restore-5"), 5, Action::RestoreVersion, Outcome::Done, daysAgo(4)),
        entry(QStringLiteral("restore-failed"), 6, Action::DeleteVersion, Outcome::Done, daysAgo(3)),
        entry(QStringLiteral("restore-6"), 6, Action::RestoreVersion, Outcome::Failed, daysAgo(2)),
        entry(QStringLiteral("deleted-again"), 7, Action::DeleteVersion, Outcome::Done, daysAgo(20)),
        entry(QStringLiteral("restore-7"), 7, Action::RestoreVersion, Outcome::Done, daysAgo(15)),
        entry(QStringLiteral("delete-7-again"), 7, Action::DeleteVersion, Outcome::Done, daysAgo(2)),
        entry(QStringLiteral("package"), 0, Action::DeletePackage, Outcome::Done, daysAgo(6)),
        entry(QStringLiteral("skipped"), 8, Action::DeleteVersion, Outcome::Skipped, daysAgo(1)),
    };
    for (const JournalEntry &item : entries)
        ASSERT_TRUE(journal.append(item));

    EXPECT_THAT(operationIds(journal.restorable(now)),
                ElementsAre(QStringLiteral("delete-7-again"), QStringLiteral("restore-failed"),
                            QStringLiteral("package"), QStringLiteral("recent")));
    EXPECT_THAT(operationIds(journal.restorable(now, std::chrono::days(4))),
                ElementsAre(QStringLiteral("delete-7-again"), QStringLiteral("restore-failed")));
}

TEST_F(DeletionJournalTest, RestoreOfAnotherPackageOrHostDoesNotCount)
{
    const JournalEntry deleted =
        entry(QStringLiteral("delete"), 9, Action::DeleteVersion, Outcome::Done, now);
    JournalEntry otherHost =
        entry(QStringLiteral("restore"), 9, Action::RestoreVersion, Outcome::Done, now.addSecs(5));
    otherHost.host = QStringLiteral("ghes.example.com");
    JournalEntry otherPackage = otherHost;
    otherPackage.host = deleted.host;
    otherPackage.packageName = QStringLiteral("tools/other");
    JournalEntry sameButUpperCase = otherPackage;
    ASSERT_TRUE(journal.append(deleted));
    ASSERT_TRUE(journal.append(otherHost));
    ASSERT_TRUE(journal.append(otherPackage));
    EXPECT_THAT(operationIds(journal.restorable(now)), ElementsAre(QStringLiteral("delete")));

    sameButUpperCase.packageName = deleted.packageName;
    sameButUpperCase.owner = NamespaceRef::organization(QStringLiteral("Acme"));
    ASSERT_TRUE(journal.append(sameButUpperCase));
    EXPECT_THAT(journal.restorable(now), IsEmpty());
}

TEST_F(DeletionJournalTest, UnfinishedAreAttemptsWithoutAnOutcome)
{
    ASSERT_TRUE(
        journal.append(entry(QStringLiteral("op-1"), 1, Action::DeleteVersion, Outcome::Attempted, now)));
    ASSERT_TRUE(journal.append(entry(QStringLiteral("op-1"), 1, Action::DeleteVersion, Outcome::Done, now)));
    ASSERT_TRUE(
        journal.append(entry(QStringLiteral("op-2"), 2, Action::DeleteVersion, Outcome::Attempted, now)));
    ASSERT_TRUE(
        journal.append(entry(QStringLiteral("op-3"), 3, Action::RestoreVersion, Outcome::Attempted, now)));
    ASSERT_TRUE(
        journal.append(entry(QStringLiteral("op-3"), 3, Action::RestoreVersion, Outcome::Failed, now)));
    ASSERT_TRUE(
        journal.append(entry(QStringLiteral("op-4"), 0, Action::DeletePackage, Outcome::Attempted, now)));
    // Never sent, so never attempted: nothing to settle.
    ASSERT_TRUE(
        journal.append(entry(QStringLiteral("op-5"), 5, Action::DeleteVersion, Outcome::Skipped, now)));

    const QList<JournalEntry> unfinished = journal.unfinished();
    EXPECT_THAT(operationIds(unfinished), ElementsAre(QStringLiteral("op-2"), QStringLiteral("op-4")));
    EXPECT_EQ(unfinished.at(1).action, Action::DeletePackage);
}

TEST_F(DeletionJournalTest, LargeJournal)
{
    // Written in bulk: 50,000 fsyncs would test the disk, not the journal.
    constexpr int count = 50'000;
    QByteArray bulk;
    for (int i = 1; i <= count; ++i) {
        // One every 30 s, the last one at `now`: all within the 30 days.
        const QDateTime time = now.addSecs(-qint64(count - i) * 30);
        bulk += entry(QStringLiteral("op-%1").arg(i), i, Action::DeleteVersion, Outcome::Attempted, time)
                    .toJsonLine();
        bulk +=
            entry(QStringLiteral("op-%1").arg(i), i, Action::DeleteVersion, Outcome::Done, time).toJsonLine();
    }
    ASSERT_TRUE(journal.append(
        entry(QStringLiteral("op-0"), 0, Action::DeletePackage, Outcome::Done, now.addDays(-40))));
    appendRaw(path, bulk);

    EXPECT_THAT(journal.readAll(), SizeIs(2 * count + 1));
    EXPECT_EQ(journal.corruptLines(), 0);
    const QList<JournalEntry> restorable = journal.restorable(now);
    ASSERT_THAT(restorable, SizeIs(count));
    EXPECT_EQ(restorable.first().operationId, QStringLiteral("op-%1").arg(count));
    EXPECT_EQ(restorable.last().operationId, QStringLiteral("op-1"));
    EXPECT_THAT(journal.unfinished(), IsEmpty());
}
