<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>OverviewReport</name>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>PACKAGE</source>
        <translation>PAKET</translation>
    </message>
    <message>
        <source>VERSIONS</source>
        <translation>VERSIONEN</translation>
    </message>
    <message>
        <source>TAGGED</source>
        <translation>MIT TAG</translation>
    </message>
    <message>
        <source>UNTAGGED</source>
        <translation>OHNE TAG</translation>
    </message>
    <message>
        <source>ORPHANS</source>
        <translation>VERWAIST</translation>
    </message>
    <message>
        <source>BROKEN</source>
        <translation>DEFEKT</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>RECLAIMABLE</source>
        <translation>FREIGEBBAR</translation>
    </message>
    <message>
        <source>LAST PUSH</source>
        <translation>LETZTER PUSH</translation>
    </message>
    <message>
        <source>not scanned</source>
        <translation>nicht gescannt</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>Overview of %1</source>
        <translation>Übersicht von %1</translation>
    </message>
    <message>
        <source>Overview of %1 (incomplete)</source>
        <translation>Übersicht von %1 (unvollständig)</translation>
    </message>
    <message>
        <source>Packages: %1, versions: %2, in container images: %3, reclaimable by the rule: %4</source>
        <extracomment>The totals line of packhouse-prune --report; %1 and %2 are counts of packages and versions</extracomment>
        <translation>Pakete: %1, Versionen: %2, in Container-Images: %3, durch die Regel freigebbar: %4</translation>
    </message>
</context>
<context>
    <name>PackageHealth</name>
    <message>
        <source>The version listing is incomplete: the figures count what was listed.</source>
        <translation>Die Versionsliste ist unvollständig: Die Zahlen zählen, was aufgelistet wurde.</translation>
    </message>
    <message numerus="yes">
        <source>%n manifest(s) could not be read (%1: %2)</source>
        <translation>
            <numerusform>%n Manifest konnte nicht gelesen werden (%1: %2)</numerusform>
            <numerusform>%n Manifeste konnten nicht gelesen werden (%1: %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Packhouse::ActionGate</name>
    <message>
        <source>Not while offline: GitHub cannot be reached</source>
        <translation>Nicht offline möglich: GitHub ist nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sign in to delete versions</source>
        <translation>Melden Sie sich an, um Versionen zu löschen</translation>
    </message>
    <message>
        <source>Deleted versions cannot be deleted again: turn off Show deleted</source>
        <translation>Gelöschte Versionen können nicht erneut gelöscht werden: Schalten Sie „Gelöschte anzeigen“ aus</translation>
    </message>
    <message>
        <source>Wait for the running operation to finish</source>
        <translation>Warten Sie, bis der laufende Vorgang abgeschlossen ist</translation>
    </message>
    <message>
        <source>Review and delete the selected versions (Del)</source>
        <translation>Ausgewählte Versionen prüfen und löschen (Entf)</translation>
    </message>
    <message>
        <source>Review and delete the whole package %1 (Del)</source>
        <translation>Das ganze Paket %1 prüfen und löschen (Entf)</translation>
    </message>
    <message>
        <source>Select versions or a package to delete</source>
        <translation>Wählen Sie Versionen oder ein Paket zum Löschen aus</translation>
    </message>
    <message>
        <source>Sign in to restore versions</source>
        <translation>Melden Sie sich an, um Versionen wiederherzustellen</translation>
    </message>
    <message>
        <source>Restore the selected deleted versions</source>
        <translation>Die ausgewählten gelöschten Versionen wiederherstellen</translation>
    </message>
    <message>
        <source>Select deleted versions to restore</source>
        <translation>Wählen Sie gelöschte Versionen zum Wiederherstellen aus</translation>
    </message>
    <message>
        <source>Restore what was deleted in the last 30 days</source>
        <translation>Wiederherstellen, was in den letzten 30 Tagen gelöscht wurde</translation>
    </message>
    <message>
        <source>Select a package to apply retention rules to</source>
        <translation>Wählen Sie ein Paket aus, auf das Aufbewahrungsregeln angewendet werden sollen</translation>
    </message>
    <message>
        <source>Select versions to delete by rule, with a preview</source>
        <translation>Zu löschende Versionen per Regel auswählen, mit Vorschau</translation>
    </message>
    <message>
        <source>Sign in to see a namespace&apos;s overview</source>
        <translation>Melden Sie sich an, um die Übersicht eines Namensraums zu sehen</translation>
    </message>
    <message>
        <source>Select a namespace to see its overview</source>
        <translation>Wählen Sie einen Namensraum aus, um seine Übersicht zu sehen</translation>
    </message>
    <message>
        <source>The health and size of every package of %1</source>
        <translation>Zustand und Größe jedes Pakets von %1</translation>
    </message>
</context>
<context>
    <name>Packhouse::ApiError</name>
    <message>
        <source>Could not reach the server: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>GitHub did not accept the token (%1). Sign in again with a valid token.</source>
        <translation>GitHub hat das Token nicht akzeptiert (%1). Melden Sie sich erneut mit einem gültigen Token an.</translation>
    </message>
    <message>
        <source>Fine-grained personal access tokens cannot use GitHub Packages. Create a classic token with the read:packages scope.</source>
        <translation>Detaillierte persönliche Zugriffstokens (fine-grained) können GitHub Packages nicht verwenden. Erstellen Sie ein klassisches Token mit dem Bereich read:packages.</translation>
    </message>
    <message>
        <source>The token needs the %1 scope.</source>
        <translation>Das Token benötigt den Bereich %1.</translation>
    </message>
    <message>
        <source>The token needs the scopes %1.</source>
        <translation>Das Token benötigt die Bereiche %1.</translation>
    </message>
    <message>
        <source>GitHub refused this token here (%1). GitHub App and Actions tokens may only manage the packages of the repositories they were given.</source>
        <translation>GitHub hat dieses Token hier abgelehnt (%1). Tokens von GitHub Apps und Actions dürfen nur die Pakete der Repositorys verwalten, für die sie ausgestellt wurden.</translation>
    </message>
    <message>
        <source>This organization uses SAML single sign-on: authorize the token for it, then retry.</source>
        <translation>Diese Organisation verwendet SAML-Single-Sign-On: Autorisieren Sie das Token dafür und versuchen Sie es dann erneut.</translation>
    </message>
    <message numerus="yes">
        <source>GitHub&apos;s secondary rate limit refused %n tries; stopped. Try again in a few minutes.</source>
        <translation>
            <numerusform>GitHubs sekundäres Ratenlimit hat %n Versuch abgelehnt; abgebrochen. Versuchen Sie es in ein paar Minuten erneut.</numerusform>
            <numerusform>GitHubs sekundäres Ratenlimit hat %n Versuche abgelehnt; abgebrochen. Versuchen Sie es in ein paar Minuten erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>GitHub&apos;s secondary rate limit was hit.</source>
        <translation>GitHubs sekundäres Ratenlimit wurde erreicht.</translation>
    </message>
    <message numerus="yes">
        <source>The hourly API budget stayed spent over %n tries; stopped. Try again after it resets.</source>
        <translation>
            <numerusform>Das stündliche API-Kontingent blieb über %n Versuch hinweg erschöpft; abgebrochen. Versuchen Sie es nach dem Zurücksetzen erneut.</numerusform>
            <numerusform>Das stündliche API-Kontingent blieb über %n Versuche hinweg erschöpft; abgebrochen. Versuchen Sie es nach dem Zurücksetzen erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The hourly API budget is spent; it resets later.</source>
        <translation>Das stündliche API-Kontingent ist erschöpft; es wird später zurückgesetzt.</translation>
    </message>
    <message>
        <source>Not found, or you are not an admin of this package (%1).</source>
        <translation>Nicht gefunden, oder Sie sind kein Administrator dieses Pakets (%1).</translation>
    </message>
    <message>
        <source>Not found, or you are not an admin of this package (%1). If %2 uses SAML single sign-on, the token may need authorizing for it.</source>
        <translation>Nicht gefunden, oder Sie sind kein Administrator dieses Pakets (%1). Falls %2 SAML-Single-Sign-On verwendet, muss das Token eventuell dafür autorisiert werden.</translation>
    </message>
    <message>
        <source>This is the last version of the package: delete the package instead.</source>
        <translation>Dies ist die letzte Version des Pakets: Löschen Sie stattdessen das Paket.</translation>
    </message>
    <message>
        <source>Public versions with more than 5,000 downloads cannot be deleted; contact GitHub support.</source>
        <translation>Öffentliche Versionen mit mehr als 5.000 Downloads können nicht gelöscht werden; wenden Sie sich an den GitHub-Support.</translation>
    </message>
    <message>
        <source>GitHub answered %1: %2</source>
        <translation>GitHub antwortete %1: %2</translation>
    </message>
    <message>
        <source>Unexpected answer from the server: %1 (%2)</source>
        <translation>Unerwartete Antwort des Servers: %1 (%2)</translation>
    </message>
    <message>
        <source>The listing is incomplete: %1</source>
        <translation>Die Auflistung ist unvollständig: %1</translation>
    </message>
    <message>
        <source>GitHub could not be reached (%1): showing the copy from %2. Nothing can be deleted until it is reloaded.</source>
        <translation>GitHub ist nicht erreichbar (%1): Angezeigt wird die Kopie von %2. Bis zum erneuten Laden kann nichts gelöscht werden.</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>unbekanntem Zeitpunkt</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Packhouse::DeletionPlan</name>
    <message>
        <source>The version listing is incomplete: reload it before deleting anything.</source>
        <translation>Die Versionsliste ist unvollständig: Laden Sie sie neu, bevor Sie etwas löschen.</translation>
    </message>
    <message>
        <source>not among the package&apos;s active versions</source>
        <translation>nicht unter den aktiven Versionen des Pakets</translation>
    </message>
    <message>
        <source>signature of %1</source>
        <extracomment>Why a version goes: it is the signature of the image %1, which goes.</extracomment>
        <translation>Signatur von %1</translation>
    </message>
    <message>
        <source>SBOM of %1</source>
        <translation>SBOM von %1</translation>
    </message>
    <message>
        <source>attestations of %1</source>
        <translation>Attestierungen von %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>not in the image tree: reload the package</source>
        <translation>nicht im Image-Baum: Laden Sie das Paket neu</translation>
    </message>
    <message numerus="yes">
        <source>untagged, and the image tree is incomplete (%n manifest(s) could not be read)</source>
        <translation>
            <numerusform>ohne Tag, und der Image-Baum ist unvollständig (%n Manifest konnte nicht gelesen werden)</numerusform>
            <numerusform>ohne Tag, und der Image-Baum ist unvollständig (%n Manifeste konnten nicht gelesen werden)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>needed by %1, which stay(s)</source>
        <extracomment>Why a selected version is kept: %1 names the images (one, or &quot;a and b&quot;) that stay and need it.</extracomment>
        <translation>
            <numerusform>wird von %1 benötigt, das bleibt</numerusform>
            <numerusform>wird von %1 benötigt, die bleiben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>shared with %1, which stay(s)</source>
        <extracomment>Why a version is kept: %1 names the images (one, or &quot;a and b&quot;) that stay and list it too.</extracomment>
        <translation>
            <numerusform>geteilt mit %1, das bleibt</numerusform>
            <numerusform>geteilt mit %1, die bleiben</numerusform>
        </translation>
    </message>
    <message>
        <source>selected</source>
        <translation>ausgewählt</translation>
    </message>
    <message>
        <source>untagged child of %1</source>
        <translation>Kind ohne Tag von %1</translation>
    </message>
    <message numerus="yes">
        <source>%n untagged version(s) go with the image(s) that list them.</source>
        <translation>
            <numerusform>%n Version ohne Tag wird mit dem Image gelöscht, das sie auflistet.</numerusform>
            <numerusform>%n Versionen ohne Tag werden mit den Images gelöscht, die sie auflisten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s) go with the image(s) they sign.</source>
        <translation>
            <numerusform>%n Signatur wird mit dem Image gelöscht, das sie signiert.</numerusform>
            <numerusform>%n Signaturen werden mit den Images gelöscht, die sie signieren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attestation(s) go with the image(s) they attest.</source>
        <translation>
            <numerusform>%n Attestierung wird mit dem Image gelöscht, das sie bescheinigt.</numerusform>
            <numerusform>%n Attestierungen werden mit den Images gelöscht, die sie bescheinigen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SBOM(s) go with the image(s) they describe.</source>
        <translation>
            <numerusform>%n SBOM wird mit dem Image gelöscht, das sie beschreibt.</numerusform>
            <numerusform>%n SBOMs werden mit den Images gelöscht, die sie beschreiben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) shared with image(s) that stay are kept.</source>
        <translation>
            <numerusform>%n Version, die mit einem bleibenden Image geteilt wird, wird behalten.</numerusform>
            <numerusform>%n Versionen, die mit bleibenden Images geteilt werden, werden behalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected version(s) are kept because image(s) that stay need them.</source>
        <translation>
            <numerusform>%n ausgewählte Version wird behalten, weil ein bleibendes Image sie benötigt.</numerusform>
            <numerusform>%n ausgewählte Versionen werden behalten, weil bleibende Images sie benötigen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n untagged version(s) that no tagged image lists stay. If one is a multi-arch index, it may list a version that goes: pulling it by digest would then fail.</source>
        <translation>
            <numerusform>%n Version ohne Tag, die kein Image mit Tag auflistet, bleibt. Ist sie ein Multi-Arch-Index, listet sie womöglich eine Version auf, die gelöscht wird: Ein Pull per Digest schlüge dann fehl.</numerusform>
            <numerusform>%n Versionen ohne Tag, die kein Image mit Tag auflistet, bleiben. Ist eine davon ein Multi-Arch-Index, listet sie womöglich eine Version auf, die gelöscht wird: Ein Pull per Digest schlüge dann fehl.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The image tree is incomplete (%n manifest(s) could not be read): untagged versions cannot be deleted safely and are kept.</source>
        <translation>
            <numerusform>Der Image-Baum ist unvollständig (%n Manifest konnte nicht gelesen werden): Versionen ohne Tag können nicht sicher gelöscht werden und werden behalten.</numerusform>
            <numerusform>Der Image-Baum ist unvollständig (%n Manifeste konnten nicht gelesen werden): Versionen ohne Tag können nicht sicher gelöscht werden und werden behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>No tagged version would remain: GitHub refuses to delete the last tagged version of a package. Delete the whole package instead.</source>
        <translation>Es bliebe keine Version mit Tag übrig: GitHub verweigert das Löschen der letzten Version mit Tag eines Pakets. Löschen Sie stattdessen das ganze Paket.</translation>
    </message>
    <message>
        <source>This deletes every version: GitHub refuses to delete the last version of a package. Delete the whole package instead.</source>
        <translation>Damit würden alle Versionen gelöscht: GitHub verweigert das Löschen der letzten Version eines Pakets. Löschen Sie stattdessen das ganze Paket.</translation>
    </message>
    <message>
        <source>The package is public: GitHub refuses to delete public versions downloaded more than 5,000 times, and no API tells the count beforehand.</source>
        <translation>Das Paket ist öffentlich: GitHub verweigert das Löschen öffentlicher Versionen, die mehr als 5.000-mal heruntergeladen wurden, und keine API nennt die Anzahl vorab.</translation>
    </message>
</context>
<context>
    <name>Packhouse::DeletionSize</name>
    <message>
        <source>unknown until the image&apos;s manifests are read</source>
        <translation>unbekannt, bis die Manifeste des Images gelesen sind</translation>
    </message>
    <message>
        <source>Size unknown until the image&apos;s manifests are read.</source>
        <translation>Größe unbekannt, bis die Manifeste des Images gelesen sind.</translation>
    </message>
    <message>
        <source>Frees %1.</source>
        <translation>Gibt %1 frei.</translation>
    </message>
    <message>
        <source>Frees nothing; %1 stays shared with images you keep.</source>
        <translation>Gibt nichts frei; %1 bleiben mit Images geteilt, die Sie behalten.</translation>
    </message>
    <message>
        <source>Frees %1; %2 stays shared with images you keep.</source>
        <translation>Gibt %1 frei; %2 bleiben mit Images geteilt, die Sie behalten.</translation>
    </message>
    <message>
        <source>unknown here for a package this large: the Overview (View menu) reads every manifest</source>
        <translation>hier unbekannt bei einem so großen Paket: Die Übersicht (Menü Ansicht) liest jedes Manifest</translation>
    </message>
    <message>
        <source>Size unknown here for a package this large: the Overview (View menu) reads every manifest.</source>
        <translation>Größe hier unbekannt bei einem so großen Paket: Die Übersicht (Menü Ansicht) liest jedes Manifest.</translation>
    </message>
    <message numerus="yes">
        <source>unknown: %n manifest(s) of the package could not be read</source>
        <translation>
            <numerusform>unbekannt: %n Manifest des Pakets konnte nicht gelesen werden</numerusform>
            <numerusform>unbekannt: %n Manifeste des Pakets konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Size unknown: %n manifest(s) of the package could not be read.</source>
        <translation>
            <numerusform>Größe unbekannt: %n Manifest des Pakets konnte nicht gelesen werden.</numerusform>
            <numerusform>Größe unbekannt: %n Manifeste des Pakets konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Packhouse::DetailsPane</name>
    <message>
        <source>Select a package or a version to see its details.</source>
        <translation>Wählen Sie ein Paket oder eine Version aus, um die Details zu sehen.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Tags</source>
        <extracomment>A container image&apos;s tags (&quot;latest, 1.4.0&quot;), not days; for a package, its version count.</extracomment>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <extracomment>When the version was deleted (a date follows).</extracomment>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy digest</source>
        <translation>Digest kopieren</translation>
    </message>
    <message>
        <source>Copy the full digest</source>
        <translation>Den vollständigen Digest kopieren</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Visibility:</source>
        <translation>Sichtbarkeit:</translation>
    </message>
    <message>
        <source>Repository:</source>
        <translation>Repository:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <extracomment>A container image&apos;s tags (&quot;latest, 1.4.0&quot;), not days.</extracomment>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plattform:</translation>
    </message>
    <message>
        <source>Digest:</source>
        <translation>Digest:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Aktualisiert:</translation>
    </message>
    <message>
        <source>Deleted:</source>
        <extracomment>When the version was deleted (a date follows).</extracomment>
        <translation>Gelöscht:</translation>
    </message>
    <message>
        <source>Install command</source>
        <translation>Installationsbefehl</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>Befehl kopieren</translation>
    </message>
    <message>
        <source>Copy install command</source>
        <translation>Installationsbefehl kopieren</translation>
    </message>
    <message>
        <source>Open on GitHub</source>
        <translation>Auf GitHub öffnen</translation>
    </message>
    <message>
        <source>Package settings</source>
        <translation>Paketeinstellungen</translation>
    </message>
    <message>
        <source>Visibility and access can only be changed on GitHub&apos;s settings page</source>
        <translation>Sichtbarkeit und Zugriff lassen sich nur auf der Einstellungsseite von GitHub ändern</translation>
    </message>
    <message>
        <source>Pull or install:</source>
        <translation>Pull oder Installation:</translation>
    </message>
    <message>
        <source>Visibility and access are changed on GitHub: use Package settings.</source>
        <translation>Sichtbarkeit und Zugriff werden auf GitHub geändert: Verwenden Sie „Paketeinstellungen“.</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message numerus="yes">
        <source>%Ln version(s)</source>
        <extracomment>What the Tags row says of a whole package: how many versions it has.</extracomment>
        <translation>
            <numerusform>%Ln Version</numerusform>
            <numerusform>%Ln Versionen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 @ %2</source>
        <translation>%1 @ %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>untagged</source>
        <translation>ohne Tag</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Deleting it</source>
        <translation>Beim Löschen</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Deleting it:</source>
        <translation>Beim Löschen:</translation>
    </message>
    <message>
        <source>%1 bytes: the layers, configs and manifests of the image and its children, each once</source>
        <translation>%1 Byte: die Layer, Konfigurationen und Manifeste des Images und seiner Kinder, jeweils einmal gezählt</translation>
    </message>
</context>
<context>
    <name>Packhouse::GitHubClient</name>
    <message>
        <source>Refusing to contact %1: only HTTPS is allowed (plain HTTP only to this computer).</source>
        <translation>%1 wird nicht kontaktiert: Nur HTTPS ist erlaubt (unverschlüsseltes HTTP nur zu diesem Computer).</translation>
    </message>
    <message>
        <source>the answer was larger than %1 and was refused</source>
        <extracomment>%1 is a size: &quot;64 MB&quot;.</extracomment>
        <translation>die Antwort war größer als %1 und wurde abgelehnt</translation>
    </message>
    <message>
        <source>the connection closed before the whole answer arrived</source>
        <translation>die Verbindung wurde geschlossen, bevor die ganze Antwort ankam</translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation>zu viele Weiterleitungen</translation>
    </message>
</context>
<context>
    <name>Packhouse::ImageTree</name>
    <message>
        <source>describes %1, which is not among the package&apos;s versions</source>
        <translation>beschreibt %1, das nicht unter den Versionen des Pakets ist</translation>
    </message>
</context>
<context>
    <name>Packhouse::JournalReconciler</name>
    <message>
        <source>GitHub answered 404, and the version is not among the package&apos;s deleted versions: check on GitHub.</source>
        <translation>GitHub antwortete 404, und die Version ist nicht unter den gelöschten Versionen des Pakets: Prüfen Sie es auf GitHub.</translation>
    </message>
    <message>
        <source>GitHub answered 404, and the package&apos;s deleted versions could not be listed (%1): check on GitHub.</source>
        <translation>GitHub antwortete 404, und die gelöschten Versionen des Pakets konnten nicht aufgelistet werden (%1): Prüfen Sie es auf GitHub.</translation>
    </message>
    <message>
        <source>GitHub answered 404, and the owner&apos;s packages could not be listed (%1): check on GitHub.</source>
        <translation>GitHub antwortete 404, und die Pakete des Besitzers konnten nicht aufgelistet werden (%1): Prüfen Sie es auf GitHub.</translation>
    </message>
    <message>
        <source>Interrupted; the server confirmed it afterwards.</source>
        <translation>Unterbrochen; der Server hat es danach bestätigt.</translation>
    </message>
    <message>
        <source>Interrupted before it took effect on the server.</source>
        <translation>Unterbrochen, bevor es auf dem Server wirksam wurde.</translation>
    </message>
</context>
<context>
    <name>Packhouse::JsonDecoder</name>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <extracomment>A JSON value of the wrong type: &quot;expected an array, got null&quot;.</extracomment>
        <translation>erwartet: %1, erhalten: %2</translation>
    </message>
    <message>
        <source>more than %1 items</source>
        <translation>mehr als %1 Einträge</translation>
    </message>
    <message>
        <source>required field is null</source>
        <translation>Pflichtfeld ist null</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>Pflichtfeld fehlt</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>expected an integer, got %1</source>
        <translation>ganze Zahl erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>%1 is out of range [%2, %3]</source>
        <translation>%1 liegt außerhalb des Bereichs [%2, %3]</translation>
    </message>
    <message>
        <source>empty time</source>
        <translation>leere Zeitangabe</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO-8601 time</source>
        <translation>„%1“ ist keine ISO-8601-Zeitangabe</translation>
    </message>
    <message>
        <source>empty URL</source>
        <translation>leere URL</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute URL</source>
        <translation>„%1“ ist keine absolute URL</translation>
    </message>
    <message>
        <source>more than %1 objects and arrays</source>
        <translation>mehr als %1 Objekte und Arrays</translation>
    </message>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation>kein JSON: %1 an Position %2</translation>
    </message>
    <message>
        <source>expected an object or an array</source>
        <translation>Objekt oder Array erwartet</translation>
    </message>
    <message>
        <source>empty login</source>
        <translation>leerer Login</translation>
    </message>
    <message>
        <source>unknown account type &quot;%1&quot;</source>
        <translation>unbekannter Kontotyp „%1“</translation>
    </message>
    <message>
        <source>unknown package type &quot;%1&quot;</source>
        <translation>unbekannter Pakettyp „%1“</translation>
    </message>
    <message>
        <source>more than %1 tags in all</source>
        <translation>insgesamt mehr als %1 Tags</translation>
    </message>
</context>
<context>
    <name>Packhouse::KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Tab and Shift+Tab move between the controls; Alt and a menu&apos;s underlined letter open that menu, and the underlined letter of an item picks it.</source>
        <translation>Tab und Umschalt+Tab wechseln zwischen den Bedienelementen; Alt und der unterstrichene Buchstabe eines Menüs öffnen dieses Menü, und der unterstrichene Buchstabe eines Eintrags wählt ihn.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Through the menus</source>
        <translation>Über die Menüs</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>Packhouse::MainWindow</name>
    <message>
        <source>Packhouse</source>
        <translation>Packhouse</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Load the namespaces, packages and versions again (F5)</source>
        <translation>Namensräume, Pakete und Versionen neu laden (F5)</translation>
    </message>
    <message>
        <source>&amp;Open namespace…</source>
        <translation>Namensraum ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Browse the packages of an organization or user by name (Ctrl+O)</source>
        <translation>Die Pakete einer Organisation oder eines Benutzers nach Namen durchsuchen (Strg+O)</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <extracomment>Action (a verb): filter the versions by tag.</extracomment>
        <translation>&amp;Filtern</translation>
    </message>
    <message>
        <source>Filter the versions by tag (Ctrl+F)</source>
        <translation>Die Versionen nach Tag filtern (Strg+F)</translation>
    </message>
    <message>
        <source>&amp;Copy digest</source>
        <translation>Digest &amp;kopieren</translation>
    </message>
    <message>
        <source>Open on &amp;GitHub</source>
        <translation>Auf &amp;GitHub öffnen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <extracomment>Action (a verb): review, then delete the selected versions or the package.</extracomment>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <extracomment>Action (a verb): restore deleted versions.</extracomment>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Show &amp;deleted</source>
        <extracomment>Toggle: also list the package&apos;s deleted versions (feminine plural in French: les versions).</extracomment>
        <translation>Gelöschte an&amp;zeigen</translation>
    </message>
    <message>
        <source>List the versions deleted in the last 30 days, which can be restored</source>
        <translation>Die in den letzten 30 Tagen gelöschten Versionen auflisten, die sich wiederherstellen lassen</translation>
    </message>
    <message>
        <source>Re&amp;tention rules…</source>
        <translation>Aufbewahrungs&amp;regeln…</translation>
    </message>
    <message>
        <source>&amp;Recently deleted…</source>
        <translation>&amp;Kürzlich gelöscht…</translation>
    </message>
    <message>
        <source>Everything deleted through Packhouse in the last 30 days</source>
        <translation>Alles, was in den letzten 30 Tagen über Packhouse gelöscht wurde</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>A&amp;bmelden</translation>
    </message>
    <message>
        <source>Close the session and remove the token from the keychain</source>
        <translation>Die Sitzung schließen und das Token aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <source>&amp;About Packhouse</source>
        <translation>Ü&amp;ber Packhouse</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Focus &amp;next pane</source>
        <translation>&amp;Nächster Bereich</translation>
    </message>
    <message>
        <source>Namespaces, Packages, Versions, Details, and round again</source>
        <translation>Namensräume, Pakete, Versionen, Details und wieder von vorn</translation>
    </message>
    <message>
        <source>Focus &amp;previous pane</source>
        <translation>&amp;Vorheriger Bereich</translation>
    </message>
    <message>
        <source>Select or deselect the current version</source>
        <translation>Die aktuelle Version aus- oder abwählen</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>S&amp;witch account</source>
        <translation>Konto &amp;wechseln</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Namespaces</source>
        <translation>Namensräume</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Token scopes</source>
        <translation>Token-Bereiche</translation>
    </message>
    <message>
        <source>API rate limit</source>
        <translation>API-Ratenlimit</translation>
    </message>
    <message>
        <source>Missing permissions</source>
        <translation>Fehlende Berechtigungen</translation>
    </message>
    <message>
        <source>Copy from %1</source>
        <translation>Kopie von %1</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <source>Retention rules</source>
        <translation>Aufbewahrungsregeln</translation>
    </message>
    <message>
        <source>API %1/%2</source>
        <translation>API %1/%2</translation>
    </message>
    <message>
        <source>%1 · resets %2</source>
        <translation>%1 · zurückgesetzt um %2</translation>
    </message>
    <message>
        <source>GitHub&apos;s request budget for this token: remaining of the hourly limit</source>
        <translation>GitHubs Anfragekontingent für dieses Token: Rest des stündlichen Limits</translation>
    </message>
    <message>
        <source>scopes not reported</source>
        <translation>Bereiche nicht gemeldet</translation>
    </message>
    <message>
        <source>This token (a GitHub App or Actions token) reports no scopes: nothing is refused beforehand, and GitHub&apos;s answer decides each request.</source>
        <translation>Dieses Token (ein Token einer GitHub App oder von Actions) meldet keine Bereiche: Nichts wird vorab abgelehnt, GitHubs Antwort entscheidet über jede Anfrage.</translation>
    </message>
    <message>
        <source>no scopes</source>
        <translation>keine Bereiche</translation>
    </message>
    <message>
        <source>The token&apos;s scopes</source>
        <translation>Die Bereiche des Tokens</translation>
    </message>
    <message>
        <source>%1@%2</source>
        <translation>%1@%2</translation>
    </message>
    <message>
        <source>%1 (offline)</source>
        <translation>%1 (offline)</translation>
    </message>
    <message>
        <source>Another operation is still running</source>
        <translation>Ein anderer Vorgang läuft noch</translation>
    </message>
    <message>
        <source>Open namespace</source>
        <translation>Namensraum öffnen</translation>
    </message>
    <message>
        <source>Organization or user name:</source>
        <translation>Name der Organisation oder des Benutzers:</translation>
    </message>
    <message>
        <source>No other accounts</source>
        <translation>Keine anderen Konten</translation>
    </message>
    <message>
        <source>About Packhouse</source>
        <translation>Über Packhouse</translation>
    </message>
    <message>
        <source>&lt;b&gt;Packhouse %1&lt;/b&gt;&lt;p&gt;Browse, review, delete and restore GitHub Packages safely.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Packhouse %1&lt;/b&gt;&lt;p&gt;Pakete auf GitHub Packages sicher durchsehen, prüfen, löschen und wiederherstellen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Versions pane</source>
        <translation>Versionsbereich</translation>
    </message>
    <message>
        <source>Go to the version above or below, selecting only it</source>
        <translation>Zur Version darüber oder darunter gehen und nur diese auswählen</translation>
    </message>
    <message>
        <source>Go up or down without changing the selection</source>
        <translation>Nach oben oder unten gehen, ohne die Auswahl zu ändern</translation>
    </message>
    <message>
        <source>Extend the selection up or down</source>
        <translation>Die Auswahl nach oben oder unten erweitern</translation>
    </message>
    <message>
        <source>Expand or collapse an image or a group</source>
        <translation>Ein Image oder eine Gruppe auf- oder zuklappen</translation>
    </message>
    <message>
        <source>Select every version</source>
        <translation>Alle Versionen auswählen</translation>
    </message>
    <message>
        <source>Review the deletion of the selected versions</source>
        <translation>Das Löschen der ausgewählten Versionen prüfen</translation>
    </message>
    <message>
        <source>&amp;Overview…</source>
        <translation>Ü&amp;bersicht…</translation>
    </message>
    <message>
        <source>Operation&amp;s</source>
        <translation>Vorg&amp;änge</translation>
    </message>
</context>
<context>
    <name>Packhouse::MemoryTokenStore</name>
    <message>
        <source>No token is stored for %1 on %2.</source>
        <translation>Für %1 auf %2 ist kein Token gespeichert.</translation>
    </message>
</context>
<context>
    <name>Packhouse::NamespaceModel</name>
    <message>
        <source>GitHub leaves %1 out until the token is authorized for its SAML single sign-on.</source>
        <translation>GitHub lässt %1 weg, bis das Token für dessen SAML-Single-Sign-On autorisiert ist.</translation>
    </message>
    <message>
        <source>No organization or user named %1: %2</source>
        <translation>Keine Organisation und kein Benutzer namens %1: %2</translation>
    </message>
    <message>
        <source>GitHub has no organization with that id</source>
        <translation>GitHub hat keine Organisation mit dieser ID</translation>
    </message>
    <message>
        <source>GitHub left out organization %1, which needs SAML single sign-on, and its name could not be looked up: %2</source>
        <translation>GitHub hat die Organisation %1 weggelassen, die SAML-Single-Sign-On erfordert, und ihr Name ließ sich nicht ermitteln: %2</translation>
    </message>
    <message>
        <source>%1 (needs single sign-on)</source>
        <translation>%1 (erfordert Single-Sign-On)</translation>
    </message>
    <message>
        <source>Organization %1</source>
        <translation>Organisation %1</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
</context>
<context>
    <name>Packhouse::NamespaceScan</name>
    <message>
        <source>Its version count could not be checked at the end of the scan.</source>
        <translation>Die Anzahl seiner Versionen ließ sich am Ende des Scans nicht prüfen.</translation>
    </message>
    <message>
        <source>The package was deleted during the scan.</source>
        <translation>Das Paket wurde während des Scans gelöscht.</translation>
    </message>
    <message>
        <source>Its versions changed during the scan, and the cap leaves no requests to scan it again.</source>
        <translation>Seine Versionen haben sich während des Scans geändert, und die Obergrenze lässt keine Anfragen für einen erneuten Scan übrig.</translation>
    </message>
</context>
<context>
    <name>Packhouse::OciManifest</name>
    <message>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>not a valid digest: %1</source>
        <translation>kein gültiger Digest: %1</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
    <message>
        <source>more than %1 entries</source>
        <translation>mehr als %1 Einträge</translation>
    </message>
    <message>
        <source>expected a non-negative integer</source>
        <translation>nicht negative ganze Zahl erwartet</translation>
    </message>
    <message>
        <source>%1 bytes is not a plausible size</source>
        <translation>%1 Byte ist keine plausible Größe</translation>
    </message>
    <message>
        <source>unsupported digest algorithm %1</source>
        <translation>nicht unterstützter Digest-Algorithmus %1</translation>
    </message>
    <message>
        <source>the body&apos;s digest is %1:%2, not %3</source>
        <translation>der Digest des Inhalts ist %1:%2, nicht %3</translation>
    </message>
    <message>
        <source>manifest larger than %1 bytes</source>
        <translation>Manifest größer als %1 Byte</translation>
    </message>
    <message>
        <source>expected 2</source>
        <translation>2 erwartet</translation>
    </message>
    <message>
        <source>the body says %1 but Content-Type says %2</source>
        <translation>der Inhalt nennt %1, Content-Type aber %2</translation>
    </message>
    <message>
        <source>missing, and the document is no manifest</source>
        <translation>fehlt, und das Dokument ist kein Manifest</translation>
    </message>
    <message>
        <source>unsupported manifest type %1</source>
        <translation>nicht unterstützter Manifesttyp %1</translation>
    </message>
</context>
<context>
    <name>Packhouse::OfflineBar</name>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Offline notice</source>
        <translation>Offline-Hinweis</translation>
    </message>
    <message>
        <source>Offline message</source>
        <translation>Offline-Meldung</translation>
    </message>
    <message>
        <source>Offline — showing what Packhouse saw at %1.</source>
        <translation>Offline – angezeigt wird, was Packhouse um %1 gesehen hat.</translation>
    </message>
    <message>
        <source>Offline — Packhouse has nothing saved from %1 yet.</source>
        <translation>Offline – Packhouse hat noch nichts von %1 gespeichert.</translation>
    </message>
    <message>
        <source>Trying to reach %1…</source>
        <translation>Versuche, %1 zu erreichen…</translation>
    </message>
    <message>
        <source>Retrying in %1 s…</source>
        <translation>Neuer Versuch in %1 s…</translation>
    </message>
    <message>
        <source>Retrying in %1 min…</source>
        <translation>Neuer Versuch in %1 min…</translation>
    </message>
    <message>
        <source>%1 %2
%3 could not be reached: %4.</source>
        <translation>%1 %2
%3 ist nicht erreichbar: %4.</translation>
    </message>
    <message>
        <source>Retry no&amp;w</source>
        <translation>&amp;Jetzt erneut versuchen</translation>
    </message>
</context>
<context>
    <name>Packhouse::OperationProgressPanel</name>
    <message>
        <source>package %1</source>
        <translation>Paket %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>Operation progress</source>
        <translation>Fortschritt der Vorgänge</translation>
    </message>
    <message>
        <source>Progress count</source>
        <translation>Fortschrittszähler</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>⊘ %1 — %2</source>
        <translation>⊘ %1 – %2</translation>
    </message>
    <message>
        <source>failed</source>
        <extracomment>An operation&apos;s result, when GitHub gave no message.</extracomment>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>✗ %1 — %2</source>
        <translation>✗ %1 – %2</translation>
    </message>
    <message>
        <source>Deleted %1 of %2</source>
        <translation>%1 von %2 gelöscht</translation>
    </message>
    <message>
        <source>Restored %1 of %2</source>
        <translation>%1 von %2 wiederhergestellt</translation>
    </message>
    <message>
        <source>Done %1 of %2</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message numerus="yes">
        <source> · %n failed</source>
        <extracomment>Follows &quot;Deleted 3 of 10&quot;: how many operations failed.</extracomment>
        <translation>
            <numerusform> · %n fehlgeschlagen</numerusform>
            <numerusform> · %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n skipped</source>
        <extracomment>Follows &quot;Deleted 3 of 10&quot;: how many operations were skipped (their image could not be deleted).</extracomment>
        <translation>
            <numerusform> · %n übersprungen</numerusform>
            <numerusform> · %n übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No operation running</source>
        <translation>Kein Vorgang aktiv</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
    <message numerus="yes">
        <source> · %1 left this hour; the next %n start at %2</source>
        <extracomment>GitHub allows 500 mutations an hour: %1 more can start this hour, the next %n start at the time %2.</extracomment>
        <translation>
            <numerusform> · noch %1 in dieser Stunde; der nächste beginnt um %2</numerusform>
            <numerusform> · noch %1 in dieser Stunde; die nächsten %n beginnen um %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting %1 before the next request: %2</source>
        <translation>Warte %1 vor der nächsten Anfrage: %2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Retr&amp;y failed</source>
        <translation>Fehlgeschlagene &amp;wiederholen</translation>
    </message>
</context>
<context>
    <name>Packhouse::OperationQueue</name>
    <message numerus="yes">
        <source>GitHub allows %n mutations an hour; going on by itself</source>
        <translation>
            <numerusform>GitHub erlaubt %n Änderung pro Stunde; es geht von selbst weiter</numerusform>
            <numerusform>GitHub erlaubt %n Änderungen pro Stunde; es geht von selbst weiter</numerusform>
        </translation>
    </message>
    <message>
        <source>kept because deleting %1 failed</source>
        <translation>behalten, weil das Löschen von %1 fehlgeschlagen ist</translation>
    </message>
</context>
<context>
    <name>Packhouse::OperationStatusWidget</name>
    <message>
        <source>Operation progress</source>
        <translation>Fortschritt des Vorgangs</translation>
    </message>
    <message>
        <source>Operation progress bar</source>
        <translation>Fortschrittsbalken des Vorgangs</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel operation</source>
        <translation>Vorgang abbrechen</translation>
    </message>
    <message>
        <source>Stop before the next request (the one under way finishes)</source>
        <translation>Vor der nächsten Anfrage anhalten (die laufende wird noch beendet)</translation>
    </message>
    <message>
        <source>Deleting %1/%2</source>
        <translation>Löschen %1/%2</translation>
    </message>
    <message>
        <source>Restoring %1/%2</source>
        <translation>Wiederherstellen %1/%2</translation>
    </message>
    <message>
        <source>%1 · about %2 s left</source>
        <translation>%1 · noch etwa %2 s</translation>
    </message>
</context>
<context>
    <name>Packhouse::OverviewModel</name>
    <message>
        <source>size not available from GitHub&apos;s API</source>
        <translation>Größe über GitHubs API nicht verfügbar</translation>
    </message>
    <message>
        <source>Not scanned</source>
        <translation>Nicht gescannt</translation>
    </message>
    <message>
        <source>The scan was cancelled or capped before this package</source>
        <translation>Der Scan wurde vor diesem Paket abgebrochen oder begrenzt</translation>
    </message>
    <message>
        <source>Only container packages have images</source>
        <translation>Nur Container-Pakete haben Images</translation>
    </message>
    <message>
        <source>%1 bytes: the layers, configs and manifests its versions reference, each once</source>
        <translation>%1 Byte: die Layer, Konfigurationen und Manifeste, auf die seine Versionen verweisen, jeweils einmal gezählt</translation>
    </message>
    <message>
        <source>No manifest of this package could be read</source>
        <translation>Kein Manifest dieses Pakets konnte gelesen werden</translation>
    </message>
    <message>
        <source>What the rule&apos;s deletions free: blobs that no version that stays references</source>
        <translation>Was die Löschungen der Regel freigeben: Blobs, auf die keine bleibende Version verweist</translation>
    </message>
    <message>
        <source>No rule was applied</source>
        <translation>Es wurde keine Regel angewendet</translation>
    </message>
    <message>
        <source>Untagged container versions that no image lists and that describe nothing</source>
        <translation>Container-Versionen ohne Tag, die kein Image auflistet und die nichts beschreiben</translation>
    </message>
    <message>
        <source>Images that list a manifest the registry no longer has: pulling them fails</source>
        <translation>Images, die ein Manifest auflisten, das die Registry nicht mehr hat: Ein Pull schlägt fehl</translation>
    </message>
    <message>
        <source>The blobs the package&apos;s versions reference, each counted once (containers only)</source>
        <translation>Die Blobs, auf die die Versionen des Pakets verweisen, jeweils einmal gezählt (nur Container)</translation>
    </message>
    <message>
        <source>What the rule&apos;s deletions would free in the registry</source>
        <translation>Was die Löschungen der Regel in der Registry freigeben würden</translation>
    </message>
    <message>
        <source>How many versions the rule would delete</source>
        <translation>Wie viele Versionen die Regel löschen würde</translation>
    </message>
    <message>
        <source>Days since the newest version was pushed</source>
        <translation>Tage seit dem Push der neuesten Version</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Tagged</source>
        <translation>Mit Tag</translation>
    </message>
    <message>
        <source>Untagged</source>
        <translation>Ohne Tag</translation>
    </message>
    <message>
        <source>Orphans</source>
        <translation>Verwaist</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Neueste</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>Älteste</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Broken
images</source>
        <translation>Defekte
Images</translation>
    </message>
    <message>
        <source>Reclaimable
by rule</source>
        <translation>Durch Regel
freigebbar</translation>
    </message>
    <message>
        <source>Rule
deletes</source>
        <translation>Regel
löscht</translation>
    </message>
    <message>
        <source>Days since
last push</source>
        <translation>Tage seit
letztem Push</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
</context>
<context>
    <name>Packhouse::OverviewWindow</name>
    <message>
        <source>Overview of %1</source>
        <translation>Übersicht von %1</translation>
    </message>
    <message>
        <source>Namespace overview</source>
        <translation>Übersicht des Namensraums</translation>
    </message>
    <message>
        <source>Packages of the namespace</source>
        <translation>Pakete des Namensraums</translation>
    </message>
    <message>
        <source>Filter by name, type or problem</source>
        <translation>Nach Name, Typ oder Problem filtern</translation>
    </message>
    <message>
        <source>Filter packages</source>
        <translation>Pakete filtern</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>The Retention rules panel&apos;s</source>
        <translation>Die des Bereichs Aufbewahrungsregeln</translation>
    </message>
    <message>
        <source>Untagged only</source>
        <translation>Nur ohne Tag</translation>
    </message>
    <message numerus="yes">
        <source>Keep the newest %n</source>
        <translation>
            <numerusform>Die neueste behalten</numerusform>
            <numerusform>Die neuesten %n behalten</numerusform>
        </translation>
    </message>
    <message>
        <source>No rule</source>
        <translation>Keine Regel</translation>
    </message>
    <message>
        <source>What the Reclaimable and Rule deletes columns preview; a change applies from the next scan</source>
        <translation>Was die Spalten „Durch Regel freigebbar“ und „Regel löscht“ vorhersagen; eine Änderung gilt ab dem nächsten Scan</translation>
    </message>
    <message>
        <source>Rule in use</source>
        <translation>Verwendete Regel</translation>
    </message>
    <message>
        <source>Review the rule&apos;s deletions</source>
        <translation>Die Löschungen der Regel prüfen</translation>
    </message>
    <message>
        <source>Open the selected package&apos;s review of what the rule would delete</source>
        <translation>Für das ausgewählte Paket prüfen, was die Regel löschen würde</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>&amp;Regel:</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namensraum</translation>
    </message>
    <message>
        <source>%1 (organization)</source>
        <translation>%1 (Organisation)</translation>
    </message>
    <message>
        <source>%1 (user)</source>
        <translation>%1 (Benutzer)</translation>
    </message>
    <message>
        <source>Cost of a scan</source>
        <translation>Kosten eines Scans</translation>
    </message>
    <message>
        <source>Request cap</source>
        <translation>Anfragelimit</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <source>Scan only the packages whose listing fits in this many REST requests, in table order; the manifests come from the registry and cost none</source>
        <translation>Nur die Pakete scannen, deren Auflistung in so viele REST-Anfragen passt, in der Reihenfolge der Tabelle; die Manifeste kommen aus der Registry und kosten keine</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scannen</translation>
    </message>
    <message>
        <source>Cancel the scan</source>
        <translation>Den Scan abbrechen</translation>
    </message>
    <message>
        <source>Stop scanning; what was scanned stays</source>
        <translation>Scan anhalten; was gescannt wurde, bleibt</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>Scanfortschritt</translation>
    </message>
    <message>
        <source>Scan status</source>
        <translation>Scanstatus</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Reclaimable by rule</source>
        <translation>Durch Regel freigebbar</translation>
    </message>
    <message>
        <source>Orphans</source>
        <translation>Verwaist</translation>
    </message>
    <message>
        <source>Broken images</source>
        <translation>Defekte Images</translation>
    </message>
    <message>
        <source>Packages:</source>
        <translation>Pakete:</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>Versionen:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Reclaimable by rule:</source>
        <translation>Durch Regel freigebbar:</translation>
    </message>
    <message>
        <source>Orphans:</source>
        <translation>Verwaist:</translation>
    </message>
    <message>
        <source>Broken images:</source>
        <translation>Defekte Images:</translation>
    </message>
    <message>
        <source>(no panel: open a package first)</source>
        <translation>(kein Bereich: Öffnen Sie zuerst ein Paket)</translation>
    </message>
    <message>
        <source>(the panel has no criterion set: nothing is previewed)</source>
        <translation>(im Bereich ist kein Kriterium gesetzt: keine Vorschau)</translation>
    </message>
    <message>
        <source>Listing the packages…</source>
        <translation>Die Pakete werden aufgelistet…</translation>
    </message>
    <message>
        <source>Listing the packages of %1…</source>
        <translation>Die Pakete von %1 werden aufgelistet…</translation>
    </message>
    <message>
        <source>The packages of %1 could not be listed: %2</source>
        <translation>Die Pakete von %1 konnten nicht aufgelistet werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Scanning costs about %1 REST request(s) of your %2 left this hour.</source>
        <translation>
            <numerusform>Ein Scan kostet etwa %1 REST-Anfrage Ihrer in dieser Stunde verbleibenden %2.</numerusform>
            <numerusform>Ein Scan kostet etwa %1 REST-Anfragen Ihrer in dieser Stunde verbleibenden %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scanning costs about %1 REST request(s).</source>
        <translation>
            <numerusform>Ein Scan kostet etwa %1 REST-Anfrage.</numerusform>
            <numerusform>Ein Scan kostet etwa %1 REST-Anfragen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cap of %1 covers %2 of %n package(s).</source>
        <translation>
            <numerusform>Das Limit von %1 deckt %2 von %n Paket ab.</numerusform>
            <numerusform>Das Limit von %1 deckt %2 von %n Paketen ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is more than is left: cap it, or scan after %1.</source>
        <translation>Das ist mehr als übrig: Begrenzen Sie den Scan oder scannen Sie nach %1.</translation>
    </message>
    <message>
        <source>That is more than is left: cap it.</source>
        <translation>Das ist mehr als übrig: Begrenzen Sie den Scan.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n package(s)</source>
        <translation>
            <numerusform>%1 von %n Paket</numerusform>
            <numerusform>%1 von %n Paketen</numerusform>
        </translation>
    </message>
    <message>
        <source>The packages could not be listed: %1</source>
        <translation>Die Pakete konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Partial: cancelled after %1 of %n package(s). The totals and the chart count the scanned packages only.</source>
        <translation>
            <numerusform>Teilweise: abgebrochen nach %1 von %n Paket. Summen und Diagramm zählen nur die gescannten Pakete.</numerusform>
            <numerusform>Teilweise: abgebrochen nach %1 von %n Paketen. Summen und Diagramm zählen nur die gescannten Pakete.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partial: the cap covered %1 of %n package(s). The totals and the chart count the scanned packages only.</source>
        <translation>
            <numerusform>Teilweise: Das Limit deckte %1 von %n Paket ab. Summen und Diagramm zählen nur die gescannten Pakete.</numerusform>
            <numerusform>Teilweise: Das Limit deckte %1 von %n Paketen ab. Summen und Diagramm zählen nur die gescannten Pakete.</numerusform>
        </translation>
    </message>
    <message>
        <source>Partial: the package list is incomplete (%1).</source>
        <translation>Teilweise: Die Paketliste ist unvollständig (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) could not be read completely: see Problems.</source>
        <translation>
            <numerusform>%n Paket konnte nicht vollständig gelesen werden: siehe Probleme.</numerusform>
            <numerusform>%n Pakete konnten nicht vollständig gelesen werden: siehe Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Overview of %1 (partial)</source>
        <translation>Übersicht von %1 (teilweise)</translation>
    </message>
    <message>
        <source>%1 (%2 scanned)</source>
        <translation>%1 (%2 gescannt)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>–</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n container package(s)</source>
        <translation>
            <numerusform>%1 in %n Container-Paket</numerusform>
            <numerusform>%1 in %n Container-Paketen</numerusform>
        </translation>
    </message>
    <message>
        <source>— (no rule)</source>
        <translation>– (keine Regel)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n version(s) deleted)</source>
        <translation>
            <numerusform>%1 (%n Version gelöscht)</numerusform>
            <numerusform>%1 (%n Versionen gelöscht)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Select a package whose rule deletes versions</source>
        <translation>Wählen Sie ein Paket, in dem die Regel Versionen löscht</translation>
    </message>
    <message>
        <source>The rule deletes nothing in %1</source>
        <translation>Die Regel löscht nichts in %1</translation>
    </message>
    <message numerus="yes">
        <source>Review the %n version(s) the rule would delete in %1</source>
        <translation>
            <numerusform>Die %n Version prüfen, die die Regel in %1 löschen würde</numerusform>
            <numerusform>Die %n Versionen prüfen, die die Regel in %1 löschen würde</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan again to apply it.</source>
        <translation>Scannen Sie erneut, um sie anzuwenden.</translation>
    </message>
    <message>
        <source>%1 Scan again to apply it.</source>
        <translation>%1 Scannen Sie erneut, um sie anzuwenden.</translation>
    </message>
    <message>
        <source>Re&amp;view…</source>
        <translation>&amp;Prüfen…</translation>
    </message>
    <message>
        <source>Ca&amp;p (REST requests):</source>
        <extracomment>The cap&apos;s unit is in the label: the box shows a bare number.</extracomment>
        <translation>&amp;Obergrenze (REST-Anfragen):</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>&amp;Scannen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbr&amp;echen</translation>
    </message>
    <message>
        <source>&amp;Scan again</source>
        <translation>Erneut &amp;scannen</translation>
    </message>
</context>
<context>
    <name>Packhouse::PackageListModel</name>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>Packhouse::PackageListing</name>
    <message>
        <source>GitHub lists at most %1 %2 packages</source>
        <translation>GitHub listet höchstens %1 Pakete vom Typ %2 auf</translation>
    </message>
</context>
<context>
    <name>Packhouse::PaneNoticeBar</name>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>%1 notice</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>%1 message</source>
        <translation>Meldung: %1</translation>
    </message>
    <message>
        <source>Retry loading %1</source>
        <translation>%1 erneut laden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Packhouse::PaneStateWidget</name>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>%1 status</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Retry loading %1</source>
        <translation>%1 erneut laden</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>Packhouse::PruneOptions</name>
    <message>
        <source>Deletes the versions a retention rule selects, with the safety of the Packhouse app: images are never broken, nothing is deleted from an incomplete listing, and without --yes nothing is deleted.</source>
        <translation>Löscht die Versionen, die eine Aufbewahrungsregel auswählt, mit der Sicherheit der Packhouse-App: Images werden nie beschädigt, aus einer unvollständigen Auflistung wird nichts gelöscht, und ohne --yes wird nichts gelöscht.</translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation>Zeigt diese Hilfe an.</translation>
    </message>
    <message>
        <source>The API root (default https://api.github.com; GHES: https://HOST/api/v3).</source>
        <translation>Die API-Wurzel (Standard https://api.github.com; GHES: https://HOST/api/v3).</translation>
    </message>
    <message>
        <source>The organization that owns the packages.</source>
        <translation>Die Organisation, der die Pakete gehören.</translation>
    </message>
    <message>
        <source>The user who owns the packages.</source>
        <translation>Der Benutzer, dem die Pakete gehören.</translation>
    </message>
    <message>
        <source>The packages of the token&apos;s own user.</source>
        <translation>Die Pakete des Benutzers, dem das Token gehört.</translation>
    </message>
    <message>
        <source>npm, maven, rubygems, docker, nuget or container.</source>
        <translation>npm, maven, rubygems, docker, nuget oder container.</translation>
    </message>
    <message>
        <source>A package name; repeat it, or &apos;*&apos; for all.</source>
        <translation>Ein Paketname; mehrfach angeben, oder &apos;*&apos; für alle.</translation>
    </message>
    <message>
        <source>A rules file exported from the app.</source>
        <translation>Eine aus der App exportierte Regeldatei.</translation>
    </message>
    <message>
        <source>Keeps the N newest candidates.</source>
        <translation>Behält die N neuesten Kandidaten.</translation>
    </message>
    <message>
        <source>Only candidates older than DAYS.</source>
        <translation>Nur Kandidaten, die älter als DAYS Tage sind.</translation>
    </message>
    <message>
        <source>Only untagged versions.</source>
        <translation>Nur Versionen ohne Tag.</translation>
    </message>
    <message>
        <source>Tag patterns: &apos;v1.*, pr-?, !latest&apos;.</source>
        <translation>Tag-Muster: &apos;v1.*, pr-?, !latest&apos;.</translation>
    </message>
    <message>
        <source>Only pre-release versions.</source>
        <translation>Nur Vorabversionen.</translation>
    </message>
    <message>
        <source>Plans only (the default).</source>
        <translation>Nur planen (Standard).</translation>
    </message>
    <message>
        <source>Deletes what the plan says.</source>
        <translation>Löscht, was der Plan vorsieht.</translation>
    </message>
    <message>
        <source>Reads the token from the first line of standard input (else GH_TOKEN, GITHUB_TOKEN, then the app&apos;s keychain entry).</source>
        <translation>Liest das Token aus der ersten Zeile der Standardeingabe (sonst GH_TOKEN, GITHUB_TOKEN, dann der Schlüsselbundeintrag der App).</translation>
    </message>
    <message>
        <source>The deletion journal to write.</source>
        <translation>Das zu schreibende Löschprotokoll.</translation>
    </message>
    <message>
        <source>Also trusts the certificate authorities in FILE (PEM), e.g. a GitHub Enterprise Server&apos;s private CA.</source>
        <translation>Vertraut zusätzlich den Zertifizierungsstellen in FILE (PEM), z. B. der privaten CA eines GitHub Enterprise Servers.</translation>
    </message>
    <message>
        <source>No progress on standard error.</source>
        <translation>Kein Fortschritt auf der Standardfehlerausgabe.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--%1 is given more than once</source>
        <translation>--%1 wurde mehrfach angegeben</translation>
    </message>
    <message>
        <source>--api-url: %1</source>
        <translation>--api-url: %1</translation>
    </message>
    <message>
        <source>name exactly one owner: --org ORG, --user USER or --me</source>
        <translation>geben Sie genau einen Besitzer an: --org ORG, --user USER oder --me</translation>
    </message>
    <message>
        <source>the owner&apos;s name is empty</source>
        <translation>der Name des Besitzers ist leer</translation>
    </message>
    <message>
        <source>--type is required (npm, maven, rubygems, docker, nuget or container)</source>
        <translation>--type ist erforderlich (npm, maven, rubygems, docker, nuget oder container)</translation>
    </message>
    <message>
        <source>unknown package type &quot;%1&quot; (npm, maven, rubygems, docker, nuget or container)</source>
        <translation>unbekannter Pakettyp „%1“ (npm, maven, rubygems, docker, nuget oder container)</translation>
    </message>
    <message>
        <source>--package needs a name</source>
        <translation>--package braucht einen Namen</translation>
    </message>
    <message>
        <source>--package is required (repeat it, or &apos;*&apos; for every package of the type)</source>
        <translation>--package ist erforderlich (mehrfach angeben, oder &apos;*&apos; für jedes Paket des Typs)</translation>
    </message>
    <message>
        <source>give the rule as --rules FILE or as criteria, not both</source>
        <translation>geben Sie die Regel als --rules FILE oder als Kriterien an, nicht beides</translation>
    </message>
    <message>
        <source>--rules: %1</source>
        <translation>--rules: %1</translation>
    </message>
    <message>
        <source>--%1 takes a whole number, 0 or more (not &quot;%2&quot;)</source>
        <translation>--%1 erwartet eine ganze Zahl ab 0 (nicht „%2“)</translation>
    </message>
    <message>
        <source>the rule has no criterion: give --keep-newest, --older-than, --untagged-only, --tag, --pre-releases-only or a --rules file</source>
        <translation>die Regel hat kein Kriterium: geben Sie --keep-newest, --older-than, --untagged-only, --tag, --pre-releases-only oder eine --rules-Datei an</translation>
    </message>
    <message>
        <source>--yes and --dry-run contradict each other</source>
        <translation>--yes und --dry-run widersprechen sich</translation>
    </message>
    <message>
        <source>--format is text or json (not &quot;%1&quot;)</source>
        <translation>--format ist text oder json (nicht „%1“)</translation>
    </message>
    <message>
        <source>text (default) or json; with --report also csv.</source>
        <translation>text (Standard) oder json; mit --report auch csv.</translation>
    </message>
    <message>
        <source>Prints the owner&apos;s overview (every package&apos;s versions, orphans, broken images, sizes, and what the rule would free) and deletes nothing.</source>
        <translation>Gibt die Übersicht des Besitzers aus (Versionen jedes Pakets, verwaiste Versionen, defekte Images, Größen und was die Regel freigeben würde) und löscht nichts.</translation>
    </message>
    <message>
        <source>--report covers every package of the owner: leave out --package (--type narrows it)</source>
        <translation>--report umfasst jedes Paket des Besitzers: Lassen Sie --package weg (--type schränkt ein)</translation>
    </message>
    <message>
        <source>--report deletes nothing: leave out --yes</source>
        <translation>--report löscht nichts: Lassen Sie --yes weg</translation>
    </message>
    <message>
        <source>--format is text, json or csv (not &quot;%1&quot;)</source>
        <translation>--format ist text, json oder csv (nicht „%1“)</translation>
    </message>
</context>
<context>
    <name>Packhouse::PrunePackageReport</name>
    <message numerus="yes">
        <source>%n d</source>
        <extracomment>An age in the report&apos;s AGE column, in days (&quot;12 d&quot;); at most six characters.</extracomment>
        <translation>
            <numerusform>%n T</numerusform>
            <numerusform>%n T</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <extracomment>An age in the report&apos;s AGE column, in hours (&quot;5 h&quot;); at most six characters.</extracomment>
        <translation>
            <numerusform>%n Std</numerusform>
            <numerusform>%n Std</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2 (%3)%4</source>
        <translation>%1/%2 (%3)%4</translation>
    </message>
    <message>
        <source> — dry run, nothing is deleted</source>
        <translation> – Probelauf, nichts wird gelöscht</translation>
    </message>
    <message>
        <source>  REFUSED: %1</source>
        <translation>  ABGELEHNT: %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete (%n):</source>
        <translation>
            <numerusform>Löschen (%n):</numerusform>
            <numerusform>Löschen (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation>TAGS</translation>
    </message>
    <message>
        <source>DIGEST/NAME</source>
        <translation>DIGEST/NAME</translation>
    </message>
    <message>
        <source>AGE</source>
        <translation>ALTER</translation>
    </message>
    <message>
        <source>WHY</source>
        <translation>GRUND</translation>
    </message>
    <message numerus="yes">
        <source>Keep (%n):</source>
        <translation>
            <numerusform>Behalten (%n):</numerusform>
            <numerusform>Behalten (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Results:</source>
        <translation>Ergebnisse:</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>Packhouse::PruneRun</name>
    <message>
        <source>--me: GitHub did not name the token&apos;s user: %1</source>
        <translation>--me: GitHub hat den Benutzer des Tokens nicht genannt: %1</translation>
    </message>
    <message>
        <source>Listing the %1 packages of %2…</source>
        <translation>Die Pakete vom Typ %1 von %2 werden aufgelistet…</translation>
    </message>
    <message>
        <source>%1 does not exist, or the token cannot see it</source>
        <translation>%1 existiert nicht, oder das Token kann es nicht sehen</translation>
    </message>
    <message>
        <source>the package list is incomplete: %1</source>
        <translation>die Paketliste ist unvollständig: %1</translation>
    </message>
    <message>
        <source>Listing %1/%2…</source>
        <translation>%1/%2 wird aufgelistet…</translation>
    </message>
    <message>
        <source>package %1/%2 (%3) does not exist, or the token cannot see it</source>
        <translation>Paket %1/%2 (%3) existiert nicht, oder das Token kann es nicht sehen</translation>
    </message>
    <message>
        <source>the listing stopped part way</source>
        <translation>die Auflistung brach mittendrin ab</translation>
    </message>
    <message>
        <source>the version listing is incomplete or stale: %1</source>
        <translation>die Versionsliste ist unvollständig oder veraltet: %1</translation>
    </message>
    <message>
        <source>not selected by the rule</source>
        <translation>nicht von der Regel ausgewählt</translation>
    </message>
    <message numerus="yes">
        <source>the image tree is incomplete: %n manifest(s) could not be read (%1: %2)</source>
        <translation>
            <numerusform>der Image-Baum ist unvollständig: %n Manifest konnte nicht gelesen werden (%1: %2)</numerusform>
            <numerusform>der Image-Baum ist unvollständig: %n Manifeste konnten nicht gelesen werden (%1: %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the image tree is incomplete: %n manifest(s) are unknown</source>
        <translation>
            <numerusform>der Image-Baum ist unvollständig: %n Manifest ist unbekannt</numerusform>
            <numerusform>der Image-Baum ist unvollständig: %n Manifeste sind unbekannt</numerusform>
        </translation>
    </message>
    <message>
        <source>the rule would delete the last tagged version; delete the whole package instead (in the app) if that is meant</source>
        <translation>die Regel würde die letzte Version mit Tag löschen; löschen Sie stattdessen (in der App) das ganze Paket, falls das gemeint ist</translation>
    </message>
    <message>
        <source>the token lacks the %1 scope</source>
        <translation>dem Token fehlt der Bereich %1</translation>
    </message>
    <message>
        <source>not carried out</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>[%1/%2] %3 %4 %5 %6</source>
        <translation>[%1/%2] %3 %4 %5 %6</translation>
    </message>
    <message>
        <source>the plan put a deletion before one it depends on; nothing was deleted</source>
        <translation>der Plan setzte eine Löschung vor eine, von der sie abhängt; nichts wurde gelöscht</translation>
    </message>
</context>
<context>
    <name>Packhouse::RegistryClient</name>
    <message>
        <source>the registry asked for authentication without a Bearer realm</source>
        <translation>die Registry verlangte eine Authentifizierung ohne Bearer-Realm</translation>
    </message>
    <message>
        <source>the registry issued no token</source>
        <translation>die Registry hat kein Token ausgestellt</translation>
    </message>
</context>
<context>
    <name>Packhouse::RestoreDialog</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Restore selected</source>
        <translation>Ausgewählte wiederherstellen</translation>
    </message>
    <message>
        <source>Restore package by name…</source>
        <translation>Paket nach Namen wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore a package deleted elsewhere</source>
        <translation>Ein anderswo gelöschtes Paket wiederherstellen</translation>
    </message>
    <message>
        <source>Restore package</source>
        <translation>Paket wiederherstellen</translation>
    </message>
    <message>
        <source>Recently deleted</source>
        <translation>Kürzlich gelöscht</translation>
    </message>
    <message>
        <source>Packages and versions deleted through Packhouse on %1 in the last %2 days. GitHub can restore them for %2 days after deletion, unless the name has been reused.</source>
        <translation>In den letzten %2 Tagen über Packhouse auf %1 gelöschte Pakete und Versionen. GitHub kann sie bis %2 Tage nach dem Löschen wiederherstellen, sofern der Name nicht erneut vergeben wurde.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Package</source>
        <extracomment>Column headers: the package (a noun), the version, when it was deleted, days left to restore it.</extracomment>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Verbleibende Tage</translation>
    </message>
    <message>
        <source>Package type</source>
        <translation>Pakettyp</translation>
    </message>
    <message>
        <source>Package name</source>
        <translation>Paketname</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namensraum</translation>
    </message>
    <message>
        <source>organization, or empty for %1</source>
        <translation>Organisation, oder leer für %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>%1/%2 (%3)</source>
        <translation>%1/%2 (%3)</translation>
    </message>
    <message>
        <source>whole package</source>
        <translation>ganzes Paket</translation>
    </message>
    <message>
        <source>unknown — check on GitHub</source>
        <translation>unbekannt – auf GitHub prüfen</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted through Packhouse in the last %1 days.</source>
        <translation>In den letzten %1 Tagen wurde nichts über Packhouse gelöscht.</translation>
    </message>
    <message>
        <source>Another operation is still running: wait for it to finish.</source>
        <translation>Ein anderer Vorgang läuft noch: Warten Sie, bis er abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Restoring needs the %1 scope.</source>
        <translation>Zum Wiederherstellen ist der Bereich %1 nötig.</translation>
    </message>
    <message>
        <source>&amp;Restore selected</source>
        <translation>Ausgewählte &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Restore package &amp;by name…</source>
        <translation>Paket nach Namen wieder&amp;herstellen…</translation>
    </message>
    <message>
        <source>Restore &amp;package</source>
        <translation>&amp;Paket wiederherstellen</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Na&amp;mespace:</source>
        <translation>Na&amp;mensraum:</translation>
    </message>
</context>
<context>
    <name>Packhouse::RetentionPanel</name>
    <message>
        <source>Untagged only</source>
        <translation>Nur ohne Tag</translation>
    </message>
    <message>
        <source>Pre-releases only</source>
        <translation>Nur Vorabversionen</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Prüfen…</translation>
    </message>
    <message>
        <source>Retention rules</source>
        <translation>Aufbewahrungsregeln</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Keep newest</source>
        <translation>Neueste behalten</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <extracomment>After the number in &quot;Delete if older than: 30 days&quot;.</extracomment>
        <translation>
            <numerusform> Tag</numerusform>
            <numerusform> Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Older than</source>
        <translation>Älter als</translation>
    </message>
    <message>
        <source>Tag patterns</source>
        <translation>Tag-Muster</translation>
    </message>
    <message>
        <source>v1.*, pr-?, !latest</source>
        <translation>v1.*, pr-?, !latest</translation>
    </message>
    <message>
        <source>Patterns separated by commas or spaces: * matches anything, ? one character, a leading ! excludes.</source>
        <translation>Muster, getrennt durch Kommas oder Leerzeichen: * passt auf alles, ? auf ein Zeichen, ein vorangestelltes ! schließt aus.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>packhouse-prune command line</source>
        <translation>packhouse-prune-Befehlszeile</translation>
    </message>
    <message>
        <source>Runs this rule headless, e.g. in CI; add --yes to delete.</source>
        <translation>Führt diese Regel ohne Oberfläche aus, z. B. in der CI; ergänzen Sie --yes, um zu löschen.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Kopi&amp;eren</translation>
    </message>
    <message>
        <source>Copy the command line</source>
        <translation>Die Befehlszeile kopieren</translation>
    </message>
    <message>
        <source>E&amp;xport rules…</source>
        <translation>Regeln e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Import rules…</source>
        <translation>Regeln &amp;importieren…</translation>
    </message>
    <message>
        <source>In CI:</source>
        <translation>In der CI:</translation>
    </message>
    <message>
        <source>Export rules</source>
        <translation>Regeln exportieren</translation>
    </message>
    <message>
        <source>Packhouse rules (*.json)</source>
        <translation>Packhouse-Regeln (*.json)</translation>
    </message>
    <message>
        <source>Import rules</source>
        <translation>Regeln importieren</translation>
    </message>
    <message>
        <source>Exported from Packhouse for %1/%2</source>
        <translation>Aus Packhouse für %1/%2 exportiert</translation>
    </message>
    <message>
        <source>Could not export the rules to %1: %2</source>
        <translation>Die Regeln konnten nicht nach %1 exportiert werden: %2</translation>
    </message>
    <message>
        <source>Could not import the rules: %1</source>
        <translation>Die Regeln konnten nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>Set a rule to see which versions it would delete.</source>
        <translation>Legen Sie eine Regel fest, um zu sehen, welche Versionen sie löschen würde.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln version(s) would be deleted</source>
        <translation>
            <numerusform>%Ln Version würde gelöscht</numerusform>
            <numerusform>%Ln Versionen würden gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <extracomment>The retention panel&apos;s count, for screen readers: &quot;Preview: 3 versions would be deleted&quot;.</extracomment>
        <translation>Vorschau: %1</translation>
    </message>
    <message>
        <source>&amp;Untagged only</source>
        <translation>Nur &amp;ohne Tag</translation>
    </message>
    <message>
        <source>&amp;Pre-releases only</source>
        <translation>Nur &amp;Vorabversionen</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Prüfen…</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>&amp;Neueste behalten:</translation>
    </message>
    <message>
        <source>Delete if &amp;older than:</source>
        <translation>Löschen, wenn &amp;älter als:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
</context>
<context>
    <name>Packhouse::RetentionRuleFile</name>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation>kein JSON: %1 an Position %2</translation>
    </message>
    <message>
        <source>a rules file holds one JSON object</source>
        <translation>eine Regeldatei enthält genau ein JSON-Objekt</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>unbekannter Schlüssel „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>„%1“ fehlt</translation>
    </message>
    <message>
        <source>rules file version %1 is not supported (this Packhouse reads version %2)</source>
        <translation>Regeldatei-Version %1 wird nicht unterstützt (dieses Packhouse liest Version %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number, 0 or more</source>
        <translation>„%1“ muss eine ganze Zahl ab 0 sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>„%1“ muss true oder false sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>„%1“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a rules file</source>
        <translation>%1 ist zu groß für eine Regeldatei</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Packhouse::ReviewDeletionDialog</name>
    <message>
        <source>Review deletion</source>
        <translation>Löschung prüfen</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>The review&apos;s confirm button (a verb).</extracomment>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Loading image manifests…</source>
        <translation>Image-Manifeste werden geladen…</translation>
    </message>
    <message>
        <source>Loading image manifests</source>
        <translation>Image-Manifeste werden geladen</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Ablehnung</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Versions to delete</source>
        <translation>Zu löschende Versionen</translation>
    </message>
    <message>
        <source>Tags that stay</source>
        <translation>Verbleibende Tags</translation>
    </message>
    <message>
        <source>Why it stays</source>
        <translation>Warum sie bleibt</translation>
    </message>
    <message>
        <source>Kept versions</source>
        <translation>Behaltene Versionen</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Delete package…</source>
        <translation>Paket löschen…</translation>
    </message>
    <message>
        <source>Will be deleted</source>
        <translation>Wird gelöscht</translation>
    </message>
    <message>
        <source>Stays pullable</source>
        <translation>Bleibt per Pull abrufbar</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>Type the package name to confirm:</source>
        <translation>Geben Sie zur Bestätigung den Paketnamen ein:</translation>
    </message>
    <message>
        <source>%1/%2 (%3)</source>
        <translation>%1/%2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln version(s) of %1 will be deleted.</source>
        <extracomment>%1 is the package: &quot;acme/web (Container)&quot;.</extracomment>
        <translation>
            <numerusform>%Ln Version von %1 wird gelöscht.</numerusform>
            <numerusform>%Ln Versionen von %1 werden gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading versions…</source>
        <translation>Versionen werden geladen…</translation>
    </message>
    <message>
        <source>Deleting needs the %1 scope, which this token lacks.</source>
        <translation>Zum Löschen ist der Bereich %1 nötig, der diesem Token fehlt.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>untagged</source>
        <translation>ohne Tag</translation>
    </message>
    <message>
        <source>No tag stays.</source>
        <translation>Kein Tag bleibt.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Delete the whole package &lt;b&gt;%1&lt;/b&gt; (%2) of &lt;b&gt;%3&lt;/b&gt; with all its versions?&lt;br&gt;It can be restored within 30 days under &lt;i&gt;Recently deleted&lt;/i&gt;, unless the name is reused.</source>
        <translation>Das ganze Paket &lt;b&gt;%1&lt;/b&gt; (%2) von &lt;b&gt;%3&lt;/b&gt; mit allen Versionen löschen?&lt;br&gt;Es kann innerhalb von 30 Tagen unter &lt;i&gt;Kürzlich gelöscht&lt;/i&gt; wiederhergestellt werden, sofern der Name nicht erneut vergeben wird.</translation>
    </message>
    <message>
        <source>Of the %1 the deleted images take in the registry</source>
        <translation>Von den %1, die die gelöschten Images in der Registry belegen</translation>
    </message>
    <message>
        <source>Space freed</source>
        <translation>Freigegebener Speicher</translation>
    </message>
    <message>
        <source>Delete &amp;package…</source>
        <translation>&amp;Paket löschen…</translation>
    </message>
    <message>
        <source>&amp;Delete package</source>
        <translation>Paket &amp;löschen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %Ln version(s)</source>
        <extracomment>The review&apos;s confirm button.</extracomment>
        <translation>
            <numerusform>%Ln Version &amp;löschen</numerusform>
            <numerusform>%Ln Versionen &amp;löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Packhouse::ReviewParts</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Packhouse::ReviewRestoreDialog</name>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Versions to restore</source>
        <translation>Wiederherzustellende Versionen</translation>
    </message>
    <message>
        <source>Review restore</source>
        <translation>Wiederherstellung prüfen</translation>
    </message>
    <message>
        <source>%1/%2 (%3)</source>
        <extracomment>%1 is the owner, %2 the package, %3 its type: &quot;acme/web (Container)&quot;.</extracomment>
        <translation>%1/%2 (%3)</translation>
    </message>
    <message>
        <source>whole package</source>
        <translation>ganzes Paket</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message numerus="yes">
        <source>%Ln version(s) will be restored into %1.</source>
        <extracomment>%1 is the package: &quot;acme/web (Container)&quot;.</extracomment>
        <translation>
            <numerusform>%Ln Version wird in %1 wiederhergestellt.</numerusform>
            <numerusform>%Ln Versionen werden in %1 wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln version(s) will be restored into the packages listed.</source>
        <translation>
            <numerusform>%Ln Version wird in die aufgeführten Pakete wiederhergestellt.</numerusform>
            <numerusform>%Ln Versionen werden in die aufgeführten Pakete wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Will be restored</source>
        <translation>Wird wiederhergestellt</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Restore %Ln version(s)</source>
        <extracomment>The review&apos;s confirm button.</extracomment>
        <translation>
            <numerusform>%Ln Version &amp;wiederherstellen</numerusform>
            <numerusform>%Ln Versionen &amp;wiederherstellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln whole package(s) will be restored.</source>
        <translation>
            <numerusform>%Ln ganzes Paket wird wiederhergestellt.</numerusform>
            <numerusform>%Ln ganze Pakete werden wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore everything listed</source>
        <translation>Alles Aufgeführte &amp;wiederherstellen</translation>
    </message>
</context>
<context>
    <name>Packhouse::ScopeGate</name>
    <message numerus="yes">
        <source>the %1 scope(s)</source>
        <extracomment>Completes &quot;Delete needs %1&quot;: the scope, or the scopes (&quot;read:packages and delete:packages&quot;), it lacks.</extracomment>
        <translation>
            <numerusform>den Bereich %1</numerusform>
            <numerusform>die Bereiche %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete needs %1</source>
        <translation>Löschen erfordert %1</translation>
    </message>
    <message>
        <source>Restore needs %1</source>
        <translation>Wiederherstellen erfordert %1</translation>
    </message>
    <message>
        <source>Browsing needs %1</source>
        <translation>Durchsuchen erfordert %1</translation>
    </message>
    <message>
        <source> and admin rights on the package in %1</source>
        <translation> und Administratorrechte für das Paket in %1</translation>
    </message>
    <message>
        <source>Needs admin rights on the package in %1</source>
        <translation>Erfordert Administratorrechte für das Paket in %1</translation>
    </message>
</context>
<context>
    <name>Packhouse::ScreenshotDriver</name>
    <message>
        <source>timed out before the selection was loaded</source>
        <translation>Zeitüberschreitung, bevor die Auswahl geladen war</translation>
    </message>
    <message>
        <source>not signed in: %1</source>
        <translation>nicht angemeldet: %1</translation>
    </message>
    <message>
        <source>the window closed</source>
        <translation>das Fenster wurde geschlossen</translation>
    </message>
    <message>
        <source>no package %1 in %2</source>
        <translation>kein Paket %1 in %2</translation>
    </message>
    <message>
        <source>the Retention rules panel did not open</source>
        <translation>der Bereich „Aufbewahrungsregeln“ wurde nicht geöffnet</translation>
    </message>
    <message>
        <source>nothing to review: no multi-arch image in this package</source>
        <translation>nichts zu prüfen: kein Multi-Arch-Image in diesem Paket</translation>
    </message>
    <message>
        <source>cannot review a deletion: %1</source>
        <translation>eine Löschung kann nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the overview closed</source>
        <translation>die Übersicht wurde geschlossen</translation>
    </message>
    <message>
        <source>cannot open the overview: %1</source>
        <translation>die Übersicht kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>no Overview action</source>
        <translation>keine Aktion „Übersicht“</translation>
    </message>
    <message>
        <source>the overview did not open</source>
        <translation>die Übersicht wurde nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>Packhouse::ServerConfig</name>
    <message>
        <source>%1 is not a valid API URL.</source>
        <translation>%1 ist keine gültige API-URL.</translation>
    </message>
    <message>
        <source>Refusing %1: the token is only ever sent over HTTPS (plain HTTP is allowed for this computer&apos;s loopback address only).</source>
        <translation>%1 wird abgelehnt: Das Token wird nur über HTTPS gesendet (unverschlüsseltes HTTP ist nur zur Loopback-Adresse dieses Computers erlaubt).</translation>
    </message>
</context>
<context>
    <name>Packhouse::SessionManager</name>
    <message>
        <source>it did not answer in time</source>
        <translation>es hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>The token from the %1 could not be used. %2</source>
        <translation>Das Token aus %1 konnte nicht verwendet werden. %2</translation>
    </message>
    <message>
        <source>Sign in to %1 with a personal access token (classic).</source>
        <translation>Melden Sie sich bei %1 mit einem persönlichen Zugriffstoken (klassisch) an.</translation>
    </message>
    <message>
        <source>No token is stored for %1 on %2: sign in.</source>
        <translation>Für %1 auf %2 ist kein Token gespeichert: Melden Sie sich an.</translation>
    </message>
    <message>
        <source>The stored token for %1 on %2 could not be read (%3): sign in.</source>
        <translation>Das gespeicherte Token für %1 auf %2 konnte nicht gelesen werden (%3): Melden Sie sich an.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Your token is kept in memory only and is forgotten when Packhouse quits.</source>
        <translation>Es ist kein Schlüsselbund verfügbar (%1). Ihr Token wird nur im Arbeitsspeicher gehalten und beim Beenden von Packhouse vergessen.</translation>
    </message>
    <message>
        <source>The token could not be saved in the keychain (%1). It is kept for this run only.</source>
        <translation>Das Token konnte nicht im Schlüsselbund gespeichert werden (%1). Es bleibt nur bis zum Beenden erhalten.</translation>
    </message>
</context>
<context>
    <name>Packhouse::SignInDialog</name>
    <message>
        <source>Remember in keychain</source>
        <translation>Im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Keychain note</source>
        <translation>Hinweis zum Schlüsselbund</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Anmeldestatus</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Granted scopes</source>
        <translation>Gewährte Bereiche</translation>
    </message>
    <message>
        <source>Browse</source>
        <extracomment>Names of the lines that say what the token allows (verbs): browse, delete, restore.</extracomment>
        <translation>Durchsuchen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Repository scope note</source>
        <translation>Hinweis zum Bereich repo</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Sign in to GitHub Packages</source>
        <translation>Bei GitHub Packages anmelden</translation>
    </message>
    <message>
        <source>github.com or https://ghe.example.com</source>
        <translation>github.com oder https://ghe.example.com</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>ghp_…</source>
        <translation>ghp_…</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Create a token</source>
        <translation>Token erstellen</translation>
    </message>
    <message>
        <source>Token hint</source>
        <translation>Hinweis zum Token</translation>
    </message>
    <message>
        <source>Use a personal access token (classic) with read:packages; add write:packages to restore and delete:packages to delete.</source>
        <translation>Verwenden Sie ein persönliches Zugriffstoken (klassisch) mit read:packages; ergänzen Sie write:packages zum Wiederherstellen und delete:packages zum Löschen.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Create a token… (enter a valid host first)</source>
        <translation>Token erstellen… (geben Sie zuerst einen gültigen Host ein)</translation>
    </message>
    <message>
        <source>Create a token…</source>
        <translation>Token erstellen…</translation>
    </message>
    <message>
        <source>No keychain is available, so the token is kept in memory only and forgotten when Packhouse quits.</source>
        <translation>Es ist kein Schlüsselbund verfügbar, daher wird das Token nur im Arbeitsspeicher gehalten und beim Beenden von Packhouse vergessen.</translation>
    </message>
    <message>
        <source>Enter a personal access token (classic).</source>
        <translation>Geben Sie ein persönliches Zugriffstoken (klassisch) ein.</translation>
    </message>
    <message>
        <source>Checking the token with %1…</source>
        <translation>Das Token wird bei %1 geprüft…</translation>
    </message>
    <message>
        <source>GitHub did not accept the token: %1</source>
        <translation>GitHub hat das Token nicht akzeptiert: %1</translation>
    </message>
    <message>
        <source>Could not reach %1 (%2). Check the host and your connection, then try again.</source>
        <translation>%1 ist nicht erreichbar (%2). Prüfen Sie den Host und Ihre Verbindung und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt; on %2</source>
        <translation>Angemeldet als &lt;b&gt;%1&lt;/b&gt; auf %2</translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt; (%2) on %3</source>
        <translation>Angemeldet als &lt;b&gt;%1&lt;/b&gt; (%2) auf %3</translation>
    </message>
    <message>
        <source>Granted scopes: none</source>
        <translation>Gewährte Bereiche: keine</translation>
    </message>
    <message>
        <source>Granted scopes: %1</source>
        <translation>Gewährte Bereiche: %1</translation>
    </message>
    <message>
        <source>✗  %1 — needs %2</source>
        <translation>✗  %1 – erfordert %2</translation>
    </message>
    <message>
        <source>Browse packages and versions</source>
        <translation>Pakete und Versionen durchsuchen</translation>
    </message>
    <message>
        <source>Delete versions</source>
        <translation>Versionen löschen</translation>
    </message>
    <message>
        <source>Restore deleted versions</source>
        <translation>Gelöschte Versionen wiederherstellen</translation>
    </message>
    <message>
        <source>%1 packages also need the repo scope, which this token lacks.</source>
        <translation>Pakete vom Typ %1 benötigen außerdem den Bereich repo, der diesem Token fehlt.</translation>
    </message>
    <message>
        <source>&amp;Remember in keychain</source>
        <translation>Im Schlüsselbund &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
</context>
<context>
    <name>Packhouse::SignInVerifier</name>
    <message>
        <source>No token was entered.</source>
        <translation>Es wurde kein Token eingegeben.</translation>
    </message>
    <message>
        <source>This is a fine-grained personal access token. GitHub Packages accepts only classic personal access tokens: create a classic token with the read:packages scope (and write:packages, delete:packages to restore and delete).</source>
        <translation>Dies ist ein detailliertes persönliches Zugriffstoken (fine-grained). GitHub Packages akzeptiert nur klassische persönliche Zugriffstokens: Erstellen Sie ein klassisches Token mit dem Bereich read:packages (sowie write:packages und delete:packages zum Wiederherstellen und Löschen).</translation>
    </message>
</context>
<context>
    <name>Packhouse::SizeChartWidget</name>
    <message numerus="yes">
        <source>%n other package(s)</source>
        <translation>
            <numerusform>%n anderes Paket</numerusform>
            <numerusform>%n andere Pakete</numerusform>
        </translation>
    </message>
    <message>
        <source>Size by package</source>
        <translation>Größe nach Paket</translation>
    </message>
    <message>
        <source>Versions by package</source>
        <translation>Versionen nach Paket</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n Version</numerusform>
            <numerusform>%n Versionen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: nothing to show yet</source>
        <translation>%1: noch nichts anzuzeigen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, biggest first: %2</source>
        <translation>%1, größte zuerst: %2</translation>
    </message>
    <message>
        <source>No package has a size yet: scan the namespace.</source>
        <translation>Noch kein Paket hat eine Größe: Scannen Sie den Namensraum.</translation>
    </message>
    <message>
        <source>No versions yet: scan the namespace.</source>
        <translation>Noch keine Versionen: Scannen Sie den Namensraum.</translation>
    </message>
    <message>
        <source>Registry size (1 MB = %1 bytes; shared layers counted once)</source>
        <translation>Größe in der Registry (1 MB = %1 Byte; geteilte Layer einmal gezählt)</translation>
    </message>
    <message>
        <source>Versions (GitHub&apos;s API gives no size for these packages)</source>
        <translation>Versionen (GitHubs API nennt für diese Pakete keine Größe)</translation>
    </message>
</context>
<context>
    <name>Packhouse::SsoNoticeBar</name>
    <message>
        <source>Authorize…</source>
        <translation>Autorisieren…</translation>
    </message>
    <message>
        <source>I have authorized — Retry</source>
        <translation>Autorisiert – erneut versuchen</translation>
    </message>
    <message>
        <source>Single sign-on notice</source>
        <translation>Single-Sign-On-Hinweis</translation>
    </message>
    <message>
        <source>Single sign-on message</source>
        <translation>Single-Sign-On-Meldung</translation>
    </message>
    <message>
        <source>Authorize</source>
        <translation>Autorisieren</translation>
    </message>
    <message>
        <source>Retry after authorizing</source>
        <translation>Nach dem Autorisieren erneut versuchen</translation>
    </message>
    <message>
        <source>Hide this notice</source>
        <translation>Diesen Hinweis ausblenden</translation>
    </message>
    <message>
        <source>Close notice</source>
        <translation>Hinweis schließen</translation>
    </message>
    <message>
        <source>An organization uses SAML single sign-on: authorize your token for it to see its packages.</source>
        <translation>Eine Organisation verwendet SAML-Single-Sign-On: Autorisieren Sie Ihr Token dafür, um ihre Pakete zu sehen.</translation>
    </message>
    <message>
        <source>The organization &lt;b&gt;%1&lt;/b&gt; uses SAML single sign-on: authorize your token for it to see its packages.</source>
        <translation>Die Organisation &lt;b&gt;%1&lt;/b&gt; verwendet SAML-Single-Sign-On: Autorisieren Sie Ihr Token dafür, um ihre Pakete zu sehen.</translation>
    </message>
</context>
<context>
    <name>Packhouse::TokenSource</name>
    <message>
        <source>standard input</source>
        <extracomment>Where the token came from, completing &quot;The token from the %1 could not be used.&quot;</extracomment>
        <translation>der Standardeingabe</translation>
    </message>
    <message>
        <source>environment variable</source>
        <extracomment>Where the token came from, completing &quot;The token from the %1 could not be used.&quot;</extracomment>
        <translation>der Umgebungsvariablen</translation>
    </message>
    <message>
        <source>keychain</source>
        <extracomment>Where the token came from, completing &quot;The token from the %1 could not be used.&quot;</extracomment>
        <translation>dem Schlüsselbund</translation>
    </message>
    <message>
        <source>sign-in dialog</source>
        <extracomment>Where the token came from, completing &quot;The token from the %1 could not be used.&quot;</extracomment>
        <translation>dem Anmeldedialog</translation>
    </message>
</context>
<context>
    <name>Packhouse::Translations</name>
    <message>
        <source>The language to use: %1 (default: the system&apos;s).</source>
        <translation>Die zu verwendende Sprache: %1 (Standard: die des Systems).</translation>
    </message>
</context>
<context>
    <name>Packhouse::VersionFilterBar</name>
    <message>
        <source>Filter tags: v1.*, pr-?, !latest</source>
        <translation>Tags filtern: v1.*, pr-?, !latest</translation>
    </message>
    <message>
        <source>Filter versions</source>
        <translation>Versionen filtern</translation>
    </message>
    <message>
        <source>Tags or names, comma separated; * and ? are wildcards, ! excludes (Ctrl+F)</source>
        <translation>Tags oder Namen, durch Kommas getrennt; * und ? sind Platzhalter, ! schließt aus (Strg+F)</translation>
    </message>
    <message>
        <source>Tagged and untagged</source>
        <translation>Mit und ohne Tag</translation>
    </message>
    <message>
        <source>Tagged only</source>
        <extracomment>Container tags (&quot;latest&quot;): show only versions that have a tag.</extracomment>
        <translation>Nur mit Tag</translation>
    </message>
    <message>
        <source>Untagged only</source>
        <translation>Nur ohne Tag</translation>
    </message>
    <message>
        <source>Tag state</source>
        <translation>Tag-Status</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Jedes Alter</translation>
    </message>
    <message>
        <source>Older than </source>
        <extracomment>Before the number of days in the filter&apos;s spin box: &quot;Older than 30 days&quot;.</extracomment>
        <translation>Älter als </translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <extracomment>After the number in the filter&apos;s spin box: &quot;Older than 30 days&quot;.</extracomment>
        <translation>
            <numerusform> Tag</numerusform>
            <numerusform> Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Older than days</source>
        <translation>Älter als (Tage)</translation>
    </message>
    <message>
        <source>All releases</source>
        <translation>Alle Versionen</translation>
    </message>
    <message>
        <source>Pre-releases only</source>
        <translation>Nur Vorabversionen</translation>
    </message>
    <message>
        <source>No pre-releases</source>
        <translation>Keine Vorabversionen</translation>
    </message>
    <message>
        <source>Pre-releases</source>
        <translation>Vorabversionen</translation>
    </message>
</context>
<context>
    <name>Packhouse::VersionListing</name>
    <message>
        <source>the versions changed while they were listed (GitHub counts %1, %2 were received): reload when the package is quiet</source>
        <translation>die Versionen haben sich während der Auflistung geändert (GitHub zählt %1, empfangen wurden %2): Laden Sie neu, wenn sich am Paket nichts mehr ändert</translation>
    </message>
</context>
<context>
    <name>Packhouse::VersionTreeModel</name>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>SBOM</source>
        <translation>SBOM</translation>
    </message>
    <message>
        <source>Attestations</source>
        <translation>Attestierungen</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Attestierung</translation>
    </message>
    <message>
        <source>Attestation of %1</source>
        <translation>Attestierung von %1</translation>
    </message>
    <message>
        <source>Untagged (%1)</source>
        <translation>Ohne Tag (%1)</translation>
    </message>
    <message>
        <source>Other (%1)</source>
        <translation>Andere (%1)</translation>
    </message>
    <message>
        <source>%1.x</source>
        <translation>%1.x</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <source>today</source>
        <extracomment>A version&apos;s age in the Age column.</extracomment>
        <translation>heute</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Missing: pulls of this image break</source>
        <translation>Fehlt: Pulls dieses Images schlagen fehl</translation>
    </message>
    <message>
        <source>Describes an image that is gone</source>
        <translation>Beschreibt ein Image, das nicht mehr existiert</translation>
    </message>
    <message>
        <source>Deleted · too late</source>
        <translation>Gelöscht · zu spät</translation>
    </message>
    <message numerus="yes">
        <source>Deleted · %n day(s) left</source>
        <extracomment>A deleted version that GitHub can still restore for %n more days.</extracomment>
        <translation>
            <numerusform>Gelöscht · noch %n Tag</numerusform>
            <numerusform>Gelöscht · noch %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Manifest unavailable</source>
        <translation>Manifest nicht verfügbar</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <source>Also part of %1</source>
        <translation>Auch Teil von %1</translation>
    </message>
    <message>
        <source>Selected by the retention rule</source>
        <translation>Von der Aufbewahrungsregel ausgewählt</translation>
    </message>
    <message>
        <source>Tags</source>
        <extracomment>Column header: a container image&apos;s tags (&quot;latest&quot;), else the version name.</extracomment>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The GitHub API to use (default: the last host signed in to, else github.com).</source>
        <translation>Die zu verwendende GitHub-API (Standard: der Host der letzten Anmeldung, sonst github.com).</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in FILE (PEM), e.g. the private CA of a GitHub Enterprise Server.</source>
        <translation>Zusätzlich den Zertifizierungsstellen in FILE (PEM) vertrauen, z. B. der privaten CA eines GitHub Enterprise Servers.</translation>
    </message>
    <message>
        <source>Read the token from standard input.</source>
        <translation>Das Token von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Render the window to FILE (a PNG) once the selection is loaded, then exit.</source>
        <translation>Das Fenster in FILE (ein PNG) zeichnen, sobald die Auswahl geladen ist, dann beenden.</translation>
    </message>
    <message>
        <source>Open NAMESPACE/TYPE/PACKAGE, e.g. acme/container/web.</source>
        <translation>NAMESPACE/TYPE/PACKAGE öffnen, z. B. acme/container/web.</translation>
    </message>
    <message>
        <source>Draw in Qt&apos;s Fusion style with its light or dark palette instead of the system&apos;s look (default: the system&apos;s).</source>
        <translation>Im Fusion-Stil von Qt mit heller oder dunkler Palette statt im Aussehen des Systems zeichnen (Standard: das des Systems).</translation>
    </message>
    <message>
        <source>Print start-up figures (first paint, memory once idle) and exit; for the benchmarks.</source>
        <translation>Startkennzahlen (erstes Zeichnen, Speicher im Leerlauf) ausgeben und beenden; für die Benchmarks.</translation>
    </message>
    <message>
        <source>Browse, review, delete and restore GitHub Packages safely.
The token comes from --token-stdin, GH_TOKEN or GITHUB_TOKEN (GH_ENTERPRISE_TOKEN for GitHub Enterprise Server), the keychain, or the sign-in dialog.</source>
        <translation>Pakete auf GitHub Packages sicher durchsehen, prüfen, löschen und wiederherstellen.
Das Token kommt aus --token-stdin, GH_TOKEN oder GITHUB_TOKEN (GH_ENTERPRISE_TOKEN für GitHub Enterprise Server), dem Schlüsselbund oder dem Anmeldedialog.</translation>
    </message>
    <message>
        <source>--select wants NAMESPACE/TYPE/PACKAGE, e.g. acme/container/web</source>
        <translation>--select erwartet NAMESPACE/TYPE/PACKAGE, z. B. acme/container/web</translation>
    </message>
    <message>
        <source>--palette wants light or dark</source>
        <translation>--palette erwartet light oder dark</translation>
    </message>
    <message>
        <source>--ca-certificates: no PEM certificate in %1</source>
        <translation>--ca-certificates: kein PEM-Zertifikat in %1</translation>
    </message>
    <message>
        <source>--token-stdin: no token on standard input</source>
        <translation>--token-stdin: kein Token auf der Standardeingabe</translation>
    </message>
    <message>
        <source>--api-url: %1</source>
        <translation>--api-url: %1</translation>
    </message>
    <message>
        <source>--token-stdin: standard input held no token</source>
        <translation>--token-stdin: die Standardeingabe enthielt kein Token</translation>
    </message>
    <message>
        <source>no token: pipe one to --token-stdin, or set GH_TOKEN or GITHUB_TOKEN (no account of %1 is remembered by the app)</source>
        <translation>kein Token: Übergeben Sie eines per Pipe an --token-stdin oder setzen Sie GH_TOKEN oder GITHUB_TOKEN (die App kennt kein Konto auf %1)</translation>
    </message>
    <message>
        <source>no token for %1 in the keychain: %2</source>
        <translation>kein Token für %1 im Schlüsselbund: %2</translation>
    </message>
    <message>
        <source>With --screenshot: what to show: window (default), review (the review of deleting the release before the newest multi-arch image), deleted (Show deleted), retention (the Retention rules panel) or overview (the namespace&apos;s Overview, scanned).</source>
        <translation>Mit --screenshot: was gezeigt wird: window (Standard), review (die Prüfung, die Version vor dem neuesten Multi-Arch-Image zu löschen), deleted (Gelöschte anzeigen), retention (der Bereich Aufbewahrungsregeln) oder overview (die Übersicht des Namensraums, gescannt).</translation>
    </message>
    <message>
        <source>--scene wants window, review, deleted, retention or overview</source>
        <translation>--scene erwartet window, review, deleted, retention oder overview</translation>
    </message>
    <message numerus="yes">
        <source>Scanning %n package(s) of %1…
</source>
        <translation>
            <numerusform>%n Paket von %1 wird gescannt…
</numerusform>
            <numerusform>%n Pakete von %1 werden gescannt…
</numerusform>
        </translation>
    </message>
    <message>
        <source>--me: GitHub did not name the token&apos;s user: %1</source>
        <translation>--me: GitHub hat den Benutzer des Tokens nicht genannt: %1</translation>
    </message>
</context>
</TS>
