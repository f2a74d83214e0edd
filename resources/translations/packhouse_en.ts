<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>OverviewReport</name>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackageHealth</name>
    <message numerus="yes">
        <source>%n manifest(s) could not be read (%1: %2)</source>
        <translation>
            <numerusform>%n manifest could not be read (%1: %2)</numerusform>
            <numerusform>%n manifests could not be read (%1: %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Packhouse::ApiError</name>
    <message numerus="yes">
        <source>GitHub&apos;s secondary rate limit refused %n tries; stopped. Try again in a few minutes.</source>
        <translation>
            <numerusform>GitHub&apos;s secondary rate limit refused %n try; stopped. Try again in a few minutes.</numerusform>
            <numerusform>GitHub&apos;s secondary rate limit refused %n tries; stopped. Try again in a few minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hourly API budget stayed spent over %n tries; stopped. Try again after it resets.</source>
        <translation>
            <numerusform>The hourly API budget stayed spent over %n try; stopped. Try again after it resets.</numerusform>
            <numerusform>The hourly API budget stayed spent over %n tries; stopped. Try again after it resets.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Packhouse::DeletionPlan</name>
    <message numerus="yes">
        <source>untagged, and the image tree is incomplete (%n manifest(s) could not be read)</source>
        <translation>
            <numerusform>untagged, and the image tree is incomplete (%n manifest could not be read)</numerusform>
            <numerusform>untagged, and the image tree is incomplete (%n manifests could not be read)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>needed by %1, which stay(s)</source>
        <extracomment>Why a selected version is kept: %1 names the images (one, or &quot;a and b&quot;) that stay and need it.</extracomment>
        <translation>
            <numerusform>needed by %1, which stays</numerusform>
            <numerusform>needed by %1, which stay</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>shared with %1, which stay(s)</source>
        <extracomment>Why a version is kept: %1 names the images (one, or &quot;a and b&quot;) that stay and list it too.</extracomment>
        <translation>
            <numerusform>shared with %1, which stays</numerusform>
            <numerusform>shared with %1, which stay</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n untagged version(s) go with the image(s) that list them.</source>
        <translation>
            <numerusform>%n untagged version goes with the image that lists it.</numerusform>
            <numerusform>%n untagged versions go with the images that list them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s) go with the image(s) they sign.</source>
        <translation>
            <numerusform>%n signature goes with the image it signs.</numerusform>
            <numerusform>%n signatures go with the images they sign.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attestation(s) go with the image(s) they attest.</source>
        <translation>
            <numerusform>%n attestation goes with the image it attests.</numerusform>
            <numerusform>%n attestations go with the images they attest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SBOM(s) go with the image(s) they describe.</source>
        <translation>
            <numerusform>%n SBOM goes with the image it describes.</numerusform>
            <numerusform>%n SBOMs go with the images they describe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) shared with image(s) that stay are kept.</source>
        <translation>
            <numerusform>%n version shared with an image that stays is kept.</numerusform>
            <numerusform>%n versions shared with images that stay are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected version(s) are kept because image(s) that stay need them.</source>
        <translation>
            <numerusform>%n selected version is kept because an image that stays needs it.</numerusform>
            <numerusform>%n selected versions are kept because images that stay need them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n untagged version(s) that no tagged image lists stay. If one is a multi-arch index, it may list a version that goes: pulling it by digest would then fail.</source>
        <translation>
            <numerusform>%n untagged version that no tagged image lists stays. If it is a multi-arch index, it may list a version that goes: pulling it by digest would then fail.</numerusform>
            <numerusform>%n untagged versions that no tagged image lists stay. If one is a multi-arch index, it may list a version that goes: pulling it by digest would then fail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The image tree is incomplete (%n manifest(s) could not be read): untagged versions cannot be deleted safely and are kept.</source>
        <translation>
            <numerusform>The image tree is incomplete (%n manifest could not be read): untagged versions cannot be deleted safely and are kept.</numerusform>
            <numerusform>The image tree is incomplete (%n manifests could not be read): untagged versions cannot be deleted safely and are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Packhouse::DeletionSize</name>
    <message numerus="yes">
        <source>unknown: %n manifest(s) of the package could not be read</source>
        <translation>
            <numerusform>unknown: %n manifest of the package could not be read</numerusform>
            <numerusform>unknown: %n manifests of the package could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Size unknown: %n manifest(s) of the package could not be read.</source>
        <translation>
            <numerusform>Size unknown: %n manifest of the package could not be read.</numerusform>
            <numerusform>Size unknown: %n manifests of the package could not be read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Packhouse::DetailsPane</name>
    <message numerus="yes">
        <source>%Ln version(s)</source>
        <extracomment>What the Tags row says of a whole package: how many versions it has.</extracomment>
        <translation>
            <numerusform>%Ln version</numerusform>
            <numerusform>%Ln versions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Packhouse::OperationProgressPanel</name>
    <message numerus="yes">
        <source> · %n failed</source>
        <extracomment>Follows &quot;Deleted 3 of 10&quot;: how many operations failed.</extracomment>
        <translation>
            <numerusform> · %n failed</numerusform>
            <numerusform> · %n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n skipped</source>
        <extracomment>Follows &quot;Deleted 3 of 10&quot;: how many operations were skipped (their image could not be deleted).</extracomment>
        <translation>
            <numerusform> · %n skipped</numerusform>
            <numerusform> · %n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %1 left this hour; the next %n start at %2</source>
        <extracomment>GitHub allows 500 mutations an hour: %1 more can start this hour, the next %n start at the time %2.</extracomment>
        <translation>
            <numerusform> · %1 left this hour; the next %n starts at %2</numerusform>
            <numerusform> · %1 left this hour; the next %n start at %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Packhouse::OperationQueue</name>
    <message numerus="yes">
        <source>GitHub allows %n mutations an hour; going on by itself</source>
        <translation>
            <numerusform>GitHub allows %n mutation an hour; going on by itself</numerusform>
            <numerusform>GitHub allows %n mutations an hour; going on by itself</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Packhouse::OverviewWindow</name>
    <message numerus="yes">
        <source>Keep the newest %n</source>
        <translation>
            <numerusform>Keep the newest %n</numerusform>
            <numerusform>Keep the newest %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scanning costs about %1 REST request(s) of your %2 left this hour.</source>
        <translation>
            <numerusform>Scanning costs about %1 REST request of your %2 left this hour.</numerusform>
            <numerusform>Scanning costs about %1 REST requests of your %2 left this hour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scanning costs about %1 REST request(s).</source>
        <translation>
            <numerusform>Scanning costs about %1 REST request.</numerusform>
            <numerusform>Scanning costs about %1 REST requests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cap of %1 covers %2 of %n package(s).</source>
        <translation>
            <numerusform>The cap of %1 covers %2 of %n package.</numerusform>
            <numerusform>The cap of %1 covers %2 of %n packages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n package(s)</source>
        <translation>
            <numerusform>%1 of %n package</numerusform>
            <numerusform>%1 of %n packages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partial: cancelled after %1 of %n package(s). The totals and the chart count the scanned packages only.</source>
        <translation>
            <numerusform>Partial: cancelled after %1 of %n package. The totals and the chart count the scanned packages only.</numerusform>
            <numerusform>Partial: cancelled after %1 of %n packages. The totals and the chart count the scanned packages only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partial: the cap covered %1 of %n package(s). The totals and the chart count the scanned packages only.</source>
        <translation>
            <numerusform>Partial: the cap covered %1 of %n package. The totals and the chart count the scanned packages only.</numerusform>
            <numerusform>Partial: the cap covered %1 of %n packages. The totals and the chart count the scanned packages only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) could not be read completely: see Problems.</source>
        <translation>
            <numerusform>%n package could not be read completely: see Problems.</numerusform>
            <numerusform>%n packages could not be read completely: see Problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n container package(s)</source>
        <translation>
            <numerusform>%1 in %n container package</numerusform>
            <numerusform>%1 in %n container packages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n version(s) deleted)</source>
        <translation>
            <numerusform>%1 (%n version deleted)</numerusform>
            <numerusform>%1 (%n versions deleted)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review the %n version(s) the rule would delete in %1</source>
        <translation>
            <numerusform>Review the %n version the rule would delete in %1</numerusform>
            <numerusform>Review the %n versions the rule would delete in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Packhouse::PrunePackageReport</name>
    <message numerus="yes">
        <source>%n d</source>
        <extracomment>An age in the report&apos;s AGE column, in days (&quot;12 d&quot;); at most six characters.</extracomment>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <extracomment>An age in the report&apos;s AGE column, in hours (&quot;5 h&quot;); at most six characters.</extracomment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete (%n):</source>
        <translation>
            <numerusform>Delete (%n):</numerusform>
            <numerusform>Delete (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep (%n):</source>
        <translation>
            <numerusform>Keep (%n):</numerusform>
            <numerusform>Keep (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Packhouse::PruneRun</name>
    <message numerus="yes">
        <source>the image tree is incomplete: %n manifest(s) could not be read (%1: %2)</source>
        <translation>
            <numerusform>the image tree is incomplete: %n manifest could not be read (%1: %2)</numerusform>
            <numerusform>the image tree is incomplete: %n manifests could not be read (%1: %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the image tree is incomplete: %n manifest(s) are unknown</source>
        <translation>
            <numerusform>the image tree is incomplete: %n manifest is unknown</numerusform>
            <numerusform>the image tree is incomplete: %n manifests are unknown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Packhouse::RestoreDialog</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Packhouse::RetentionPanel</name>
    <message numerus="yes">
        <source> day(s)</source>
        <extracomment>After the number in &quot;Delete if older than: 30 days&quot;.</extracomment>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln version(s) would be deleted</source>
        <translation>
            <numerusform>%Ln version would be deleted</numerusform>
            <numerusform>%Ln versions would be deleted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Packhouse::ReviewDeletionDialog</name>
    <message numerus="yes">
        <source>%Ln version(s) of %1 will be deleted.</source>
        <extracomment>%1 is the package: &quot;acme/web (Container)&quot;.</extracomment>
        <translation>
            <numerusform>%Ln version of %1 will be deleted.</numerusform>
            <numerusform>%Ln versions of %1 will be deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %Ln version(s)</source>
        <extracomment>The review&apos;s confirm button.</extracomment>
        <translation>
            <numerusform>&amp;Delete %Ln version</numerusform>
            <numerusform>&amp;Delete %Ln versions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Packhouse::ReviewRestoreDialog</name>
    <message numerus="yes">
        <source>%Ln version(s) will be restored into %1.</source>
        <extracomment>%1 is the package: &quot;acme/web (Container)&quot;.</extracomment>
        <translation>
            <numerusform>%Ln version will be restored into %1.</numerusform>
            <numerusform>%Ln versions will be restored into %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln version(s) will be restored into the packages listed.</source>
        <translation>
            <numerusform>%Ln version will be restored into the packages listed.</numerusform>
            <numerusform>%Ln versions will be restored into the packages listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Restore %Ln version(s)</source>
        <extracomment>The review&apos;s confirm button.</extracomment>
        <translation>
            <numerusform>&amp;Restore %Ln version</numerusform>
            <numerusform>&amp;Restore %Ln versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln whole package(s) will be restored.</source>
        <translation>
            <numerusform>%Ln whole package will be restored.</numerusform>
            <numerusform>%Ln whole packages will be restored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Packhouse::ScopeGate</name>
    <message numerus="yes">
        <source>the %1 scope(s)</source>
        <extracomment>Completes &quot;Delete needs %1&quot;: the scope, or the scopes (&quot;read:packages and delete:packages&quot;), it lacks.</extracomment>
        <translation>
            <numerusform>the %1 scope</numerusform>
            <numerusform>the %1 scopes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Packhouse::SizeChartWidget</name>
    <message numerus="yes">
        <source>%n other package(s)</source>
        <translation>
            <numerusform>%n other package</numerusform>
            <numerusform>%n other packages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Packhouse::VersionFilterBar</name>
    <message numerus="yes">
        <source> day(s)</source>
        <extracomment>After the number in the filter&apos;s spin box: &quot;Older than 30 days&quot;.</extracomment>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Packhouse::VersionTreeModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted · %n day(s) left</source>
        <extracomment>A deleted version that GitHub can still restore for %n more days.</extracomment>
        <translation>
            <numerusform>Deleted · %n day left</numerusform>
            <numerusform>Deleted · %n days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message numerus="yes">
        <source>Scanning %n package(s) of %1…
</source>
        <translation>
            <numerusform>Scanning %n package of %1…
</numerusform>
            <numerusform>Scanning %n packages of %1…
</numerusform>
        </translation>
    </message>
</context>
</TS>
