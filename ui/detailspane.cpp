#include "detailspane.h"

#include "paletteiconengine.h"
#include "statecolorbinding.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Packhouse {

namespace {

QLabel *valueLabel(QWidget *parent, const QString &accessibleName)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    label->setAccessibleName(accessibleName);
    return label;
}

QString dateText(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : QString();
}

QUrl webPath(const ServerConfig &server, const QString &path)
{
    QUrl url = server.webUrl();
    QString base = url.path(QUrl::FullyEncoded);
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path, QUrl::TolerantMode);
    return url;
}

QString encodedName(const QString &name)
{
    return QString::fromUtf8(QUrl::toPercentEncoding(name));
}

} // namespace

DetailsPane::DetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_form(new QGridLayout)
    , m_placeholder(new QLabel(tr("Select a package or a version to see its details."), this))
    , m_body(new QWidget(this))
{
    setAccessibleName(tr("Details"));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    StateColorBinding::bind(m_placeholder, StateColors::Role::SecondaryText);

    m_title->setParent(m_body);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setAccessibleName(tr("Name"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);

    m_type = valueLabel(m_body, tr("Type"));
    m_visibility = valueLabel(m_body, tr("Visibility"));
    m_repository = valueLabel(m_body, tr("Repository"));
    //: A container image's tags ("latest, 1.4.0"), not days; for a package, its version count.
    m_tags = valueLabel(m_body, tr("Tags"));
    m_platform = valueLabel(m_body, tr("Platform"));
    m_digest = new QLineEdit(m_body);
    m_digest->setReadOnly(true);
    m_digest->setFrame(false);
    m_digest->setAccessibleName(tr("Digest"));
    m_digest->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_digest->setBackgroundRole(QPalette::Window);
    m_created = valueLabel(m_body, tr("Created"));
    m_updated = valueLabel(m_body, tr("Updated"));
    //: When the version was deleted (a date follows).
    m_deleted = valueLabel(m_body, tr("Deleted"));
    m_size = valueLabel(m_body, tr("Size"));
    m_frees = valueLabel(m_body, tr("Deleting it"));

    m_copyDigest =
        new QPushButton(PaletteIconEngine::icon(QStringLiteral("copy-digest")), tr("Copy"), m_body);
    m_copyDigest->setAccessibleName(tr("Copy digest"));
    m_copyDigest->setToolTip(tr("Copy the full digest"));
    auto *digestRow = new QWidget(m_body);
    auto *digestLayout = new QHBoxLayout(digestRow);
    digestLayout->setContentsMargins(0, 0, 0, 0);
    digestLayout->addWidget(m_digest, 1);
    digestLayout->addWidget(m_copyDigest);

    // Label and field columns in a grid, not a QFormLayout: on Qt 6.4.2 a QFormLayout that holds a
    // word-wrapping (height-for-width) label writes past the end of its row array when a row it has laid out
    // is hidden (setRowVisible, or hiding the row's widgets), which corrupted the heap and crashed the app.
    // QFormLayoutDefect in tests/ui reproduces it under valgrind; a grid folds hidden rows away safely.
    m_form->setColumnStretch(1, 1);
    addRow(tr("Type:"), m_type);
    addRow(tr("Visibility:"), m_visibility);
    addRow(tr("Repository:"), m_repository);
    //: A container image's tags ("latest, 1.4.0"), not days.
    addRow(tr("Tags:"), m_tags);
    addRow(tr("Platform:"), m_platform);
    addRow(tr("Digest:"), digestRow);
    addRow(tr("Created:"), m_created);
    addRow(tr("Updated:"), m_updated);
    //: When the version was deleted (a date follows).
    addRow(tr("Deleted:"), m_deleted);
    addRow(tr("Size:"), m_size);
    addRow(tr("Deleting it:"), m_frees);

    m_command = new QPlainTextEdit(m_body);
    m_command->setReadOnly(true);
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_command->setAccessibleName(tr("Install command"));
    m_command->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_command->setMaximumHeight(m_command->fontMetrics().lineSpacing() * 5 + 12);
    m_copyCommand =
        new QPushButton(PaletteIconEngine::icon(QStringLiteral("copy-digest")), tr("Copy command"), m_body);
    m_copyCommand->setAccessibleName(tr("Copy install command"));

    m_openPage = new QPushButton(PaletteIconEngine::icon(QStringLiteral("open-on-github")),
                                 tr("Open on GitHub"), m_body);
    m_openPage->setAccessibleName(tr("Open on GitHub"));
    m_openSettings =
        new QPushButton(PaletteIconEngine::icon(QStringLiteral("settings")), tr("Package settings"), m_body);
    m_openSettings->setAccessibleName(tr("Package settings"));
    m_openSettings->setToolTip(tr("Visibility and access can only be changed on GitHub's settings page"));

    auto *commandHeader = new QHBoxLayout;
    auto *commandLabel = new QLabel(tr("Pull or install:"), m_body);
    commandHeader->addWidget(commandLabel, 1);
    commandHeader->addWidget(m_copyCommand);

    auto *links = new QHBoxLayout;
    links->addWidget(m_openPage);
    links->addWidget(m_openSettings);
    links->addStretch(1);

    auto *note = new QLabel(tr("Visibility and access are changed on GitHub: use Package settings."), m_body);
    note->setWordWrap(true);
    StateColorBinding::bind(note, StateColors::Role::SecondaryText);

    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(m_title);
    bodyLayout->addLayout(m_form);
    bodyLayout->addSpacing(6);
    bodyLayout->addLayout(commandHeader);
    bodyLayout->addWidget(m_command);
    bodyLayout->addSpacing(6);
    bodyLayout->addLayout(links);
    bodyLayout->addWidget(note);
    bodyLayout->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    // At least 260 px wide, and never narrower than its rows (a fixed minimum let the splitter clip the buttons).
    layout->addStrut(260);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_body, 1);

    connect(m_copyDigest, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_digestText); });
    connect(m_copyCommand, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_command->toPlainText()); });
    connect(m_openPage, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(m_pageUrl); });
    connect(m_openSettings, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(m_settingsUrl); });

    clear();
}

void DetailsPane::setServer(const ServerConfig &server)
{
    m_server = server;
}

void DetailsPane::clear()
{
    m_body->hide();
    m_placeholder->show();
    m_digestText.clear();
    m_title->clear();
    m_command->clear();
}

QString DetailsPane::title() const
{
    return m_title->text();
}

QString DetailsPane::command() const
{
    return m_command->toPlainText();
}

void DetailsPane::addRow(const QString &label, QWidget *field)
{
    const int row = m_form->count() / 2; // two widgets a row
    auto *labelWidget = new QLabel(label, m_body);
    labelWidget->setBuddy(field);
    const auto labelAlignment = Qt::Alignment(style()->styleHint(QStyle::SH_FormLayoutLabelAlignment));
    m_form->addWidget(labelWidget, row, 0, labelAlignment | Qt::AlignTop);
    m_form->addWidget(field, row, 1);
}

void DetailsPane::setRow(QWidget *field, const QString &text)
{
    if (auto *label = qobject_cast<QLabel *>(field)) {
        label->setText(text);
    } else if (auto *edit = qobject_cast<QLineEdit *>(field)) {
        edit->setText(text);
        edit->setCursorPosition(0);
        field = field->parentWidget(); // the row holds the field and its Copy button
    }
    int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
    m_form->getItemPosition(m_form->indexOf(field), &row, &column, &rowSpan, &columnSpan);
    const bool visible = !text.isEmpty();
    field->setVisible(visible);
    m_form->itemAtPosition(row, 0)->widget()->setVisible(visible);
}

void DetailsPane::showCommon(const NamespaceRef &owner, const Package &package)
{
    m_placeholder->hide();
    m_body->show();
    setRow(m_type, packageTypeDisplayName(package.type));
    setRow(m_visibility, package.isPublic ? tr("Public") : tr("Private"));
    setRow(m_repository, package.repositoryFullName);
    m_settingsUrl = settingsUrl(m_server, owner, package);
}

void DetailsPane::showPackage(const NamespaceRef &owner, const Package &package)
{
    showCommon(owner, package);
    m_title->setText(package.name);
    //: What the Tags row says of a whole package: how many versions it has.
    setRow(m_tags, tr("%Ln version(s)", nullptr, package.versionCount));
    setRow(m_platform, {});
    showSize(std::nullopt);
    m_digestText.clear();
    setRow(m_digest, {});
    m_copyDigest->setEnabled(false);
    setRow(m_created, dateText(package.createdAt));
    setRow(m_updated, dateText(package.updatedAt));
    setRow(m_deleted, {});
    m_command->setPlainText(installCommand(m_server, owner, package));
    m_pageUrl = packageUrl(m_server, owner, package);
}

void DetailsPane::showVersion(const NamespaceRef &owner, const Package &package,
                              const PackageVersion &version, const QString &platform)
{
    showCommon(owner, package);
    const bool container = package.type == PackageType::Container;
    m_title->setText(container ? tr("%1 @ %2").arg(package.name, version.isTagged() ? version.tags.first()
                                                                                    : version.name.left(19))
                               : tr("%1 %2").arg(package.name, version.name));
    setRow(m_tags, version.tags.isEmpty() ? tr("untagged") : version.tags.join(QStringLiteral(", ")));
    setRow(m_platform, platform);
    m_digestText = container ? version.name : QString();
    setRow(m_digest, m_digestText);
    m_digest->setToolTip(m_digestText);
    m_copyDigest->setEnabled(!m_digestText.isEmpty());
    setRow(m_created, dateText(version.createdAt));
    setRow(m_updated, dateText(version.updatedAt));
    setRow(m_deleted, dateText(version.deletedAt));
    showSize(std::nullopt);
    m_command->setPlainText(installCommand(m_server, owner, package, &version));
    m_pageUrl = version.htmlUrl.isValid() ? version.htmlUrl : packageUrl(m_server, owner, package);
}

void DetailsPane::showSize(const std::optional<DeletionSize> &size)
{
    setRow(m_size, size ? size->sizeText() : QString());
    setRow(m_frees, size ? size->freesText() : QString());
    if (size && size->known)
        m_size->setToolTip(
            tr("%1 bytes: the layers, configs and manifests of the image and its children, each "
               "once")
                .arg(QLocale().toString(size->sizeBytes)));
    else
        m_size->setToolTip(QString());
}

QString DetailsPane::registryHost(const QUrl &url)
{
    return url.port() == -1 ? url.host() : QStringLiteral("%1:%2").arg(url.host()).arg(url.port());
}

QString DetailsPane::installCommand(const ServerConfig &server, const NamespaceRef &owner,
                                    const Package &package, const PackageVersion *version)
{
    const QString login = owner.login.isEmpty() ? package.ownerLogin : owner.login;
    switch (package.type) {
    case PackageType::Container: {
        // Registry paths are lower case.
        const QString image =
            QStringLiteral("%1/%2/%3")
                .arg(registryHost(server.registryUrl()), login.toLower(), package.name.toLower());
        if (!version)
            return QStringLiteral("docker pull %1").arg(image);
        if (version->isTagged())
            return QStringLiteral("docker pull %1:%2").arg(image, version->tags.first());
        return QStringLiteral("docker pull %1@%2").arg(image, version->name);
    }
    case PackageType::Docker: {
        // The old Docker registry addresses images by repository, not by owner alone.
        const QString host = server.hostKind() == HostKind::GitHubDotCom
                                 ? QStringLiteral("docker.pkg.github.com")
                                 : QStringLiteral("docker.%1").arg(server.webUrl().host());
        const QString repository = package.repositoryFullName.isEmpty() ? login : package.repositoryFullName;
        const QString image =
            QStringLiteral("%1/%2/%3").arg(host, repository.toLower(), package.name.toLower());
        if (!version)
            return QStringLiteral("docker pull %1").arg(image);
        return QStringLiteral("docker pull %1:%2")
            .arg(image, version->isTagged() ? version->tags.first() : version->name);
    }
    case PackageType::Npm: {
        const QString scoped = QStringLiteral("@%1/%2").arg(login.toLower(), package.name);
        return version ? QStringLiteral("npm install %1@%2").arg(scoped, version->name)
                       : QStringLiteral("npm install %1").arg(scoped);
    }
    case PackageType::Maven: {
        // GitHub names Maven packages "groupId.artifactId".
        const qsizetype dot = package.name.lastIndexOf(u'.');
        const QString groupId = dot > 0 ? package.name.left(dot) : package.name;
        const QString artifactId = dot > 0 ? package.name.mid(dot + 1) : package.name;
        QString snippet =
            QStringLiteral("<dependency>\n  <groupId>%1</groupId>\n  <artifactId>%2</artifactId>\n")
                .arg(groupId, artifactId);
        if (version)
            snippet += QStringLiteral("  <version>%1</version>\n").arg(version->name);
        return snippet + QStringLiteral("</dependency>");
    }
    case PackageType::NuGet:
        return version ? QStringLiteral("dotnet add package %1 --version %2").arg(package.name, version->name)
                       : QStringLiteral("dotnet add package %1").arg(package.name);
    case PackageType::RubyGems:
        return version ? QStringLiteral("gem install %1 -v %2").arg(package.name, version->name)
                       : QStringLiteral("gem install %1").arg(package.name);
    }
    return {};
}

QUrl DetailsPane::packageUrl(const ServerConfig &server, const NamespaceRef &owner, const Package &package)
{
    if (package.htmlUrl.isValid())
        return package.htmlUrl;
    const QString login = owner.login.isEmpty() ? package.ownerLogin : owner.login;
    return webPath(server, QStringLiteral("/%1/%2/packages/%3/package/%4")
                               .arg(owner.webOwnerSegment(), encodedName(login),
                                    packageTypeToApi(package.type), encodedName(package.name)));
}

QUrl DetailsPane::settingsUrl(const ServerConfig &server, const NamespaceRef &owner, const Package &package)
{
    const QString login = owner.login.isEmpty() ? package.ownerLogin : owner.login;
    return webPath(server, QStringLiteral("/%1/%2/packages/%3/%4/settings")
                               .arg(owner.webOwnerSegment(), encodedName(login),
                                    packageTypeToApi(package.type), encodedName(package.name)));
}

} // namespace Packhouse
