// Compares a committed translation catalogue with the copy lupdate brought up to date from the sources, and
// checks the committed one's translations (tests/i18n/check-translations.sh runs it for each language).
// Usage: packhouse-ts-check [--plural-only] COMMITTED.ts UPDATED.ts
// Fails, naming each message, when the committed catalogue holds an obsolete, vanished, unfinished or empty
// message, or a translation that drops or adds a placeholder (%1, %n), an HTML tag, an accelerator (&), a
// line break, or the leading or trailing space or punctuation of its source; when the sources hold a message
// the catalogue lacks, or the catalogue one the sources no longer have. --plural-only: the catalogue is the
// English one, which holds only the messages with plural forms.
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QStringList>
#include <QXmlStreamReader>

#include <cstdio>
#include <optional>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment; // the disambiguation, part of the key
    bool numerus = false;
    QString type;      // of the translation: "", "unfinished", "obsolete" or "vanished"
    QStringList forms; // the translation, or its plural forms

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    bool isActive() const { return type != u"obsolete" && type != u"vanished"; }
    QString describe() const
    {
        QString text = QStringLiteral("[%1] \"%2\"").arg(context, source);
        if (!comment.isEmpty())
            text += QStringLiteral(" (%1)").arg(comment);
        return text.replace(u'\n', QStringLiteral("\\n"));
    }
};

std::optional<QList<Message>> read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(path), qPrintable(file.errorString()));
        return std::nullopt;
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"context") {
                context.clear();
            } else if (name == u"name" && !inMessage) {
                context = xml.readElementText();
            } else if (name == u"message") {
                inMessage = true;
                message = Message{};
                message.context = context;
                message.numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
            } else if (inMessage && name == u"source") {
                message.source = xml.readElementText();
            } else if (inMessage && name == u"comment") {
                message.comment = xml.readElementText();
            } else if (inMessage && name == u"translation") {
                message.type = xml.attributes().value(QStringLiteral("type")).toString();
                if (!message.numerus)
                    message.forms = {xml.readElementText()};
            } else if (inMessage && name == u"numerusform") {
                message.forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            messages.append(message);
            inMessage = false;
        }
    }
    if (xml.hasError()) {
        std::fprintf(stderr, "%s:%lld: %s\n", qPrintable(path), xml.lineNumber(),
                     qPrintable(xml.errorString()));
        return std::nullopt;
    }
    return messages;
}

QStringList sortedMatches(const QRegularExpression &pattern, const QString &text, int group = 0)
{
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(group));
    found.sort();
    return found;
}

// What a translation must keep of its source; empty when it does.
QString mismatch(const Message &message, const QString &translation)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?(\\d{1,2}|n)"));
    static const QRegularExpression tag(QStringLiteral("</?([a-zA-Z]+)[^>]*>"));
    static const QRegularExpression accelerator(QStringLiteral("(?<!&)&(?!&)\\S"));
    const QString &source = message.source;

    QStringList wanted = sortedMatches(placeholder, source);
    QStringList given = sortedMatches(placeholder, translation);
    // A plural form may leave the number out ("einen Tag"); the other placeholders stay.
    if (message.numerus)
        wanted.removeIf([&](const QString &p) { return p.endsWith(u'n') && !given.contains(p); });
    if (wanted != given)
        return QStringLiteral("placeholders %1 instead of %2").arg(given.join(u' '), wanted.join(u' '));
    if (sortedMatches(tag, source, 1) != sortedMatches(tag, translation, 1))
        return QStringLiteral("HTML tags differ");
    if (accelerator.match(source).hasMatch() != accelerator.match(translation).hasMatch())
        return QStringLiteral("the accelerator (&) is missing or added");
    if (source.count(u'\n') != translation.count(u'\n'))
        return QStringLiteral("line breaks differ");
    if (source.startsWith(u' ') != translation.startsWith(u' ') ||
        source.endsWith(u' ') != translation.endsWith(u' '))
        return QStringLiteral("leading or trailing space differs");
    const QString end = source.trimmed().right(1);
    if ((end == u"." || end == u":" || end == u"…" || end == u"?") && !translation.trimmed().endsWith(end))
        return QStringLiteral("does not end with \"%1\" as its source does").arg(end);
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    const bool pluralOnly = arguments.removeAll(QStringLiteral("--plural-only")) > 0;
    if (arguments.size() != 2) {
        std::fprintf(stderr, "usage: packhouse-ts-check [--plural-only] COMMITTED.ts UPDATED.ts\n");
        return 2;
    }
    const auto committed = read(arguments.at(0));
    const auto updated = read(arguments.at(1));
    if (!committed || !updated)
        return 2;
    const QString name = QFileInfo(arguments.at(0)).fileName();

    QStringList problems;
    QHash<QString, const Message *> inCatalogue;
    int plurals = 0;
    for (const Message &message : *committed) {
        inCatalogue.insert(message.key(), &message);
        plurals += message.numerus ? 1 : 0;
        if (!message.isActive()) {
            problems << QStringLiteral("%1 (remove it: packaging/update-translations.sh): %2")
                            .arg(message.type, message.describe());
            continue;
        }
        if (pluralOnly && !message.numerus) {
            problems << QStringLiteral("not a plural (only plurals belong here): %1").arg(message.describe());
            continue;
        }
        if (message.type == u"unfinished")
            problems << QStringLiteral("unfinished: %1").arg(message.describe());
        for (const QString &form : message.forms) {
            if (form.isEmpty()) {
                problems << QStringLiteral("empty translation: %1").arg(message.describe());
                break;
            }
            if (const QString why = mismatch(message, form); !why.isEmpty()) {
                problems << QStringLiteral("%1: %2 → \"%3\"").arg(why, message.describe(), form);
                break;
            }
        }
    }
    QSet<QString> inSources;
    for (const Message &message : *updated) {
        if (!message.isActive())
            continue;
        inSources.insert(message.key());
        if (!inCatalogue.contains(message.key()))
            problems << QStringLiteral(
                            "in the sources, not in the catalogue (run packaging/update-translations.sh "
                            "and translate it): %1")
                            .arg(message.describe());
    }
    for (const Message &message : *committed) {
        if (message.isActive() && !inSources.contains(message.key()))
            problems << QStringLiteral("no longer in the sources (run packaging/update-translations.sh): %1")
                            .arg(message.describe());
    }

    for (const QString &problem : std::as_const(problems))
        std::fprintf(stdout, "%s: %s\n", qPrintable(name), qPrintable(problem));
    std::fprintf(stdout, "%s: %lld messages, %d with plural forms: %s\n", qPrintable(name),
                 qlonglong(committed->size()), plurals,
                 problems.isEmpty() ? "complete"
                                    : qPrintable(QStringLiteral("%1 problem(s)").arg(problems.size())));
    return problems.isEmpty() ? 0 : 1;
}
