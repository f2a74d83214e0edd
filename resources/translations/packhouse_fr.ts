<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>OverviewReport</name>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>PACKAGE</source>
        <translation>PAQUET</translation>
    </message>
    <message>
        <source>VERSIONS</source>
        <translation>VERSIONS</translation>
    </message>
    <message>
        <source>TAGGED</source>
        <translation>ÉTIQUETÉES</translation>
    </message>
    <message>
        <source>UNTAGGED</source>
        <translation>SANS ÉTIQ.</translation>
    </message>
    <message>
        <source>ORPHANS</source>
        <translation>ORPHELINES</translation>
    </message>
    <message>
        <source>BROKEN</source>
        <translation>CASSÉES</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAILLE</translation>
    </message>
    <message>
        <source>RECLAIMABLE</source>
        <translation>RÉCUPÉRABLE</translation>
    </message>
    <message>
        <source>LAST PUSH</source>
        <translation>DERNIER PUSH</translation>
    </message>
    <message>
        <source>not scanned</source>
        <translation>non analysé</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>problème : %1</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>Overview of %1</source>
        <translation>Vue d’ensemble de %1</translation>
    </message>
    <message>
        <source>Overview of %1 (incomplete)</source>
        <translation>Vue d’ensemble de %1 (incomplète)</translation>
    </message>
    <message>
        <source>Packages: %1, versions: %2, in container images: %3, reclaimable by the rule: %4</source>
        <extracomment>The totals line of packhouse-prune --report; %1 and %2 are counts of packages and versions</extracomment>
        <translation>Paquets : %1, versions : %2, dans les images de conteneur : %3, récupérable par la règle : %4</translation>
    </message>
</context>
<context>
    <name>PackageHealth</name>
    <message>
        <source>The version listing is incomplete: the figures count what was listed.</source>
        <translation>La liste des versions est incomplète : les chiffres comptent ce qui a été listé.</translation>
    </message>
    <message numerus="yes">
        <source>%n manifest(s) could not be read (%1: %2)</source>
        <translation>
            <numerusform>%n manifeste n’a pas pu être lu (%1 : %2)</numerusform>
            <numerusform>%n manifestes n’ont pas pu être lus (%1 : %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Packhouse::ActionGate</name>
    <message>
        <source>Not while offline: GitHub cannot be reached</source>
        <translation>Impossible hors ligne : GitHub est injoignable</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sign in to delete versions</source>
        <translation>Connectez-vous pour supprimer des versions</translation>
    </message>
    <message>
        <source>Deleted versions cannot be deleted again: turn off Show deleted</source>
        <translation>Les versions supprimées ne peuvent pas l’être à nouveau : désactivez « Voir les supprimées »</translation>
    </message>
    <message>
        <source>Wait for the running operation to finish</source>
        <translation>Attendez la fin de l’opération en cours</translation>
    </message>
    <message>
        <source>Review and delete the selected versions (Del)</source>
        <translation>Vérifier et supprimer les versions sélectionnées (Suppr)</translation>
    </message>
    <message>
        <source>Review and delete the whole package %1 (Del)</source>
        <translation>Vérifier et supprimer le paquet %1 en entier (Suppr)</translation>
    </message>
    <message>
        <source>Select versions or a package to delete</source>
        <translation>Sélectionnez des versions ou un paquet à supprimer</translation>
    </message>
    <message>
        <source>Sign in to restore versions</source>
        <translation>Connectez-vous pour restaurer des versions</translation>
    </message>
    <message>
        <source>Restore the selected deleted versions</source>
        <translation>Restaurer les versions supprimées sélectionnées</translation>
    </message>
    <message>
        <source>Select deleted versions to restore</source>
        <translation>Sélectionnez des versions supprimées à restaurer</translation>
    </message>
    <message>
        <source>Restore what was deleted in the last 30 days</source>
        <translation>Restaurer ce qui a été supprimé ces 30 derniers jours</translation>
    </message>
    <message>
        <source>Select a package to apply retention rules to</source>
        <translation>Sélectionnez un paquet auquel appliquer des règles de rétention</translation>
    </message>
    <message>
        <source>Select versions to delete by rule, with a preview</source>
        <translation>Sélectionner par règle les versions à supprimer, avec aperçu</translation>
    </message>
    <message>
        <source>Sign in to see a namespace&apos;s overview</source>
        <translation>Connectez-vous pour voir la vue d’ensemble d’un espace de noms</translation>
    </message>
    <message>
        <source>Select a namespace to see its overview</source>
        <translation>Sélectionnez un espace de noms pour en voir la vue d’ensemble</translation>
    </message>
    <message>
        <source>The health and size of every package of %1</source>
        <translation>L’état et la taille de chaque paquet de %1</translation>
    </message>
</context>
<context>
    <name>Packhouse::ApiError</name>
    <message>
        <source>Could not reach the server: %1</source>
        <translation>Le serveur est injoignable : %1</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>GitHub did not accept the token (%1). Sign in again with a valid token.</source>
        <translation>GitHub n’a pas accepté le jeton (%1). Reconnectez-vous avec un jeton valide.</translation>
    </message>
    <message>
        <source>Fine-grained personal access tokens cannot use GitHub Packages. Create a classic token with the read:packages scope.</source>
        <translation>Les jetons d’accès personnels à granularité fine ne peuvent pas utiliser GitHub Packages. Créez un jeton classique avec l’étendue read:packages.</translation>
    </message>
    <message>
        <source>The token needs the %1 scope.</source>
        <translation>Le jeton a besoin de l’étendue %1.</translation>
    </message>
    <message>
        <source>The token needs the scopes %1.</source>
        <translation>Le jeton a besoin des étendues %1.</translation>
    </message>
    <message>
        <source>GitHub refused this token here (%1). GitHub App and Actions tokens may only manage the packages of the repositories they were given.</source>
        <translation>GitHub a refusé ce jeton ici (%1). Les jetons de GitHub App et d’Actions ne peuvent gérer que les paquets des dépôts qui leur ont été attribués.</translation>
    </message>
    <message>
        <source>This organization uses SAML single sign-on: authorize the token for it, then retry.</source>
        <translation>Cette organisation utilise l’authentification unique SAML : autorisez le jeton pour elle, puis réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>GitHub&apos;s secondary rate limit refused %n tries; stopped. Try again in a few minutes.</source>
        <translation>
            <numerusform>La limite de débit secondaire de GitHub a refusé %n tentative ; arrêt. Réessayez dans quelques minutes.</numerusform>
            <numerusform>La limite de débit secondaire de GitHub a refusé %n tentatives ; arrêt. Réessayez dans quelques minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>GitHub&apos;s secondary rate limit was hit.</source>
        <translation>La limite de débit secondaire de GitHub a été atteinte.</translation>
    </message>
    <message numerus="yes">
        <source>The hourly API budget stayed spent over %n tries; stopped. Try again after it resets.</source>
        <translation>
            <numerusform>Le quota horaire de l’API est resté épuisé pendant %n tentative ; arrêt. Réessayez après sa réinitialisation.</numerusform>
            <numerusform>Le quota horaire de l’API est resté épuisé pendant %n tentatives ; arrêt. Réessayez après sa réinitialisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>The hourly API budget is spent; it resets later.</source>
        <translation>Le quota horaire de l’API est épuisé ; il sera réinitialisé plus tard.</translation>
    </message>
    <message>
        <source>Not found, or you are not an admin of this package (%1).</source>
        <translation>Introuvable, ou vous n’êtes pas administrateur de ce paquet (%1).</translation>
    </message>
    <message>
        <source>Not found, or you are not an admin of this package (%1). If %2 uses SAML single sign-on, the token may need authorizing for it.</source>
        <translation>Introuvable, ou vous n’êtes pas administrateur de ce paquet (%1). Si %2 utilise l’authentification unique SAML, le jeton doit peut-être être autorisé pour elle.</translation>
    </message>
    <message>
        <source>This is the last version of the package: delete the package instead.</source>
        <translation>C’est la dernière version du paquet : supprimez plutôt le paquet.</translation>
    </message>
    <message>
        <source>Public versions with more than 5,000 downloads cannot be deleted; contact GitHub support.</source>
        <translation>Les versions publiques téléchargées plus de 5 000 fois ne peuvent pas être supprimées ; contactez le support de GitHub.</translation>
    </message>
    <message>
        <source>GitHub answered %1: %2</source>
        <translation>GitHub a répondu %1 : %2</translation>
    </message>
    <message>
        <source>Unexpected answer from the server: %1 (%2)</source>
        <translation>Réponse inattendue du serveur : %1 (%2)</translation>
    </message>
    <message>
        <source>The listing is incomplete: %1</source>
        <translation>La liste est incomplète : %1</translation>
    </message>
    <message>
        <source>GitHub could not be reached (%1): showing the copy from %2. Nothing can be deleted until it is reloaded.</source>
        <translation>GitHub est injoignable (%1) : affichage de la copie du %2. Rien ne peut être supprimé avant le rechargement.</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>moment inconnu</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>Packhouse::DeletionPlan</name>
    <message>
        <source>The version listing is incomplete: reload it before deleting anything.</source>
        <translation>La liste des versions est incomplète : rechargez-la avant de supprimer quoi que ce soit.</translation>
    </message>
    <message>
        <source>not among the package&apos;s active versions</source>
        <translation>ne fait pas partie des versions actives du paquet</translation>
    </message>
    <message>
        <source>signature of %1</source>
        <extracomment>Why a version goes: it is the signature of the image %1, which goes.</extracomment>
        <translation>signature de %1</translation>
    </message>
    <message>
        <source>SBOM of %1</source>
        <translation>SBOM de %1</translation>
    </message>
    <message>
        <source>attestations of %1</source>
        <translation>attestations de %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>not in the image tree: reload the package</source>
        <translation>absente de l’arbre des images : rechargez le paquet</translation>
    </message>
    <message numerus="yes">
        <source>untagged, and the image tree is incomplete (%n manifest(s) could not be read)</source>
        <translation>
            <numerusform>sans étiquette, et l’arbre des images est incomplet (%n manifeste n’a pas pu être lu)</numerusform>
            <numerusform>sans étiquette, et l’arbre des images est incomplet (%n manifestes n’ont pas pu être lus)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>needed by %1, which stay(s)</source>
        <extracomment>Why a selected version is kept: %1 names the images (one, or &quot;a and b&quot;) that stay and need it.</extracomment>
        <translation>
            <numerusform>requise par %1, qui reste</numerusform>
            <numerusform>requise par %1, qui restent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>shared with %1, which stay(s)</source>
        <extracomment>Why a version is kept: %1 names the images (one, or &quot;a and b&quot;) that stay and list it too.</extracomment>
        <translation>
            <numerusform>partagée avec %1, qui reste</numerusform>
            <numerusform>partagée avec %1, qui restent</numerusform>
        </translation>
    </message>
    <message>
        <source>selected</source>
        <translation>sélectionnée</translation>
    </message>
    <message>
        <source>untagged child of %1</source>
        <translation>enfant sans étiquette de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n untagged version(s) go with the image(s) that list them.</source>
        <translation>
            <numerusform>%n version sans étiquette part avec l’image qui la référence.</numerusform>
            <numerusform>%n versions sans étiquette partent avec les images qui les référencent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s) go with the image(s) they sign.</source>
        <translation>
            <numerusform>%n signature part avec l’image qu’elle signe.</numerusform>
            <numerusform>%n signatures partent avec les images qu’elles signent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attestation(s) go with the image(s) they attest.</source>
        <translation>
            <numerusform>%n attestation part avec l’image qu’elle atteste.</numerusform>
            <numerusform>%n attestations partent avec les images qu’elles attestent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SBOM(s) go with the image(s) they describe.</source>
        <translation>
            <numerusform>%n SBOM part avec l’image qu’elle décrit.</numerusform>
            <numerusform>%n SBOM partent avec les images qu’elles décrivent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) shared with image(s) that stay are kept.</source>
        <translation>
            <numerusform>%n version partagée avec une image qui reste est conservée.</numerusform>
            <numerusform>%n versions partagées avec des images qui restent sont conservées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected version(s) are kept because image(s) that stay need them.</source>
        <translation>
            <numerusform>%n version sélectionnée est conservée, car une image qui reste en a besoin.</numerusform>
            <numerusform>%n versions sélectionnées sont conservées, car des images qui restent en ont besoin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n untagged version(s) that no tagged image lists stay. If one is a multi-arch index, it may list a version that goes: pulling it by digest would then fail.</source>
        <translation>
            <numerusform>%n version sans étiquette qu’aucune image étiquetée ne référence reste. S’il s’agit d’un index multi-architecture, il peut référencer une version qui part : le récupérer par son digest échouerait alors.</numerusform>
            <numerusform>%n versions sans étiquette qu’aucune image étiquetée ne référence restent. Si l’une d’elles est un index multi-architecture, elle peut référencer une version qui part : la récupérer par son digest échouerait alors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The image tree is incomplete (%n manifest(s) could not be read): untagged versions cannot be deleted safely and are kept.</source>
        <translation>
            <numerusform>L’arbre des images est incomplet (%n manifeste n’a pas pu être lu) : les versions sans étiquette ne peuvent pas être supprimées sans risque et sont conservées.</numerusform>
            <numerusform>L’arbre des images est incomplet (%n manifestes n’ont pas pu être lus) : les versions sans étiquette ne peuvent pas être supprimées sans risque et sont conservées.</numerusform>
        </translation>
    </message>
    <message>
        <source>No tagged version would remain: GitHub refuses to delete the last tagged version of a package. Delete the whole package instead.</source>
        <translation>Il ne resterait aucune version étiquetée : GitHub refuse de supprimer la dernière version étiquetée d’un paquet. Supprimez plutôt le paquet en entier.</translation>
    </message>
    <message>
        <source>This deletes every version: GitHub refuses to delete the last version of a package. Delete the whole package instead.</source>
        <translation>Ceci supprime toutes les versions : GitHub refuse de supprimer la dernière version d’un paquet. Supprimez plutôt le paquet en entier.</translation>
    </message>
    <message>
        <source>The package is public: GitHub refuses to delete public versions downloaded more than 5,000 times, and no API tells the count beforehand.</source>
        <translation>Le paquet est public : GitHub refuse de supprimer les versions publiques téléchargées plus de 5 000 fois, et aucune API n’en donne le nombre à l’avance.</translation>
    </message>
</context>
<context>
    <name>Packhouse::DeletionSize</name>
    <message>
        <source>unknown until the image&apos;s manifests are read</source>
        <translation>inconnue tant que les manifestes de l’image ne sont pas lus</translation>
    </message>
    <message>
        <source>Size unknown until the image&apos;s manifests are read.</source>
        <translation>Taille inconnue tant que les manifestes de l’image ne sont pas lus.</translation>
    </message>
    <message>
        <source>Frees %1.</source>
        <translation>Libère %1.</translation>
    </message>
    <message>
        <source>Frees nothing; %1 stays shared with images you keep.</source>
        <translation>Ne libère rien ; %1 restent partagés avec des images que vous gardez.</translation>
    </message>
    <message>
        <source>Frees %1; %2 stays shared with images you keep.</source>
        <translation>Libère %1 ; %2 restent partagés avec des images que vous gardez.</translation>
    </message>
    <message>
        <source>unknown here for a package this large: the Overview (View menu) reads every manifest</source>
        <translation>inconnue ici pour un paquet aussi grand : la vue d’ensemble (menu Affichage) lit chaque manifeste</translation>
    </message>
    <message>
        <source>Size unknown here for a package this large: the Overview (View menu) reads every manifest.</source>
        <translation>Taille inconnue ici pour un paquet aussi grand : la vue d’ensemble (menu Affichage) lit chaque manifeste.</translation>
    </message>
    <message numerus="yes">
        <source>unknown: %n manifest(s) of the package could not be read</source>
        <translation>
            <numerusform>inconnue : %n manifeste du paquet n’a pas pu être lu</numerusform>
            <numerusform>inconnue : %n manifestes du paquet n’ont pas pu être lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Size unknown: %n manifest(s) of the package could not be read.</source>
        <translation>
            <numerusform>Taille inconnue : %n manifeste du paquet n’a pas pu être lu.</numerusform>
            <numerusform>Taille inconnue : %n manifestes du paquet n’ont pas pu être lus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Packhouse::DetailsPane</name>
    <message>
        <source>Select a package or a version to see its details.</source>
        <translation>Sélectionnez un paquet ou une version pour en voir les détails.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibilité</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <source>Tags</source>
        <extracomment>A container image&apos;s tags (&quot;latest, 1.4.0&quot;), not days; for a package, its version count.</extracomment>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Deleted</source>
        <extracomment>When the version was deleted (a date follows).</extracomment>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy digest</source>
        <translation>Copier le digest</translation>
    </message>
    <message>
        <source>Copy the full digest</source>
        <translation>Copier le digest complet</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Visibility:</source>
        <translation>Visibilité :</translation>
    </message>
    <message>
        <source>Repository:</source>
        <translation>Dépôt :</translation>
    </message>
    <message>
        <source>Tags:</source>
        <extracomment>A container image&apos;s tags (&quot;latest, 1.4.0&quot;), not days.</extracomment>
        <translation>Étiquettes :</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plateforme :</translation>
    </message>
    <message>
        <source>Digest:</source>
        <translation>Digest :</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créé :</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Mis à jour :</translation>
    </message>
    <message>
        <source>Deleted:</source>
        <extracomment>When the version was deleted (a date follows).</extracomment>
        <translation>Supprimé :</translation>
    </message>
    <message>
        <source>Install command</source>
        <translation>Commande d’installation</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>Copier la commande</translation>
    </message>
    <message>
        <source>Copy install command</source>
        <translation>Copier la commande d’installation</translation>
    </message>
    <message>
        <source>Open on GitHub</source>
        <translation>Ouvrir sur GitHub</translation>
    </message>
    <message>
        <source>Package settings</source>
        <translation>Paramètres du paquet</translation>
    </message>
    <message>
        <source>Visibility and access can only be changed on GitHub&apos;s settings page</source>
        <translation>La visibilité et l’accès ne se modifient que sur la page de paramètres de GitHub</translation>
    </message>
    <message>
        <source>Pull or install:</source>
        <translation>Récupérer ou installer :</translation>
    </message>
    <message>
        <source>Visibility and access are changed on GitHub: use Package settings.</source>
        <translation>La visibilité et l’accès se modifient sur GitHub : utilisez « Paramètres du paquet ».</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message numerus="yes">
        <source>%Ln version(s)</source>
        <extracomment>What the Tags row says of a whole package: how many versions it has.</extracomment>
        <translation>
            <numerusform>%Ln version</numerusform>
            <numerusform>%Ln versions</numerusform>
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
        <translation>sans étiquette</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Deleting it</source>
        <translation>En la supprimant</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille :</translation>
    </message>
    <message>
        <source>Deleting it:</source>
        <translation>En la supprimant :</translation>
    </message>
    <message>
        <source>%1 bytes: the layers, configs and manifests of the image and its children, each once</source>
        <translation>%1 octets : les couches, configurations et manifestes de l’image et de ses enfants, chacun compté une fois</translation>
    </message>
</context>
<context>
    <name>Packhouse::GitHubClient</name>
    <message>
        <source>Refusing to contact %1: only HTTPS is allowed (plain HTTP only to this computer).</source>
        <translation>Refus de contacter %1 : seul HTTPS est autorisé (HTTP simple uniquement vers cet ordinateur).</translation>
    </message>
    <message>
        <source>the answer was larger than %1 and was refused</source>
        <extracomment>%1 is a size: &quot;64 MB&quot;.</extracomment>
        <translation>la réponse dépassait %1 et a été refusée</translation>
    </message>
    <message>
        <source>the connection closed before the whole answer arrived</source>
        <translation>la connexion s’est fermée avant l’arrivée de la réponse complète</translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation>trop de redirections</translation>
    </message>
</context>
<context>
    <name>Packhouse::ImageTree</name>
    <message>
        <source>describes %1, which is not among the package&apos;s versions</source>
        <translation>décrit %1, qui ne fait pas partie des versions du paquet</translation>
    </message>
</context>
<context>
    <name>Packhouse::JournalReconciler</name>
    <message>
        <source>GitHub answered 404, and the version is not among the package&apos;s deleted versions: check on GitHub.</source>
        <translation>GitHub a répondu 404, et la version ne fait pas partie des versions supprimées du paquet : vérifiez sur GitHub.</translation>
    </message>
    <message>
        <source>GitHub answered 404, and the package&apos;s deleted versions could not be listed (%1): check on GitHub.</source>
        <translation>GitHub a répondu 404, et les versions supprimées du paquet n’ont pas pu être listées (%1) : vérifiez sur GitHub.</translation>
    </message>
    <message>
        <source>GitHub answered 404, and the owner&apos;s packages could not be listed (%1): check on GitHub.</source>
        <translation>GitHub a répondu 404, et les paquets du propriétaire n’ont pas pu être listés (%1) : vérifiez sur GitHub.</translation>
    </message>
    <message>
        <source>Interrupted; the server confirmed it afterwards.</source>
        <translation>Interrompu ; le serveur l’a confirmé ensuite.</translation>
    </message>
    <message>
        <source>Interrupted before it took effect on the server.</source>
        <translation>Interrompu avant d’avoir pris effet sur le serveur.</translation>
    </message>
</context>
<context>
    <name>Packhouse::JsonDecoder</name>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <extracomment>A JSON value of the wrong type: &quot;expected an array, got null&quot;.</extracomment>
        <translation>attendu : %1, reçu : %2</translation>
    </message>
    <message>
        <source>more than %1 items</source>
        <translation>plus de %1 éléments</translation>
    </message>
    <message>
        <source>required field is null</source>
        <translation>le champ obligatoire est null</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>le champ obligatoire est absent</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>un entier</translation>
    </message>
    <message>
        <source>expected an integer, got %1</source>
        <translation>entier attendu, reçu : %1</translation>
    </message>
    <message>
        <source>%1 is out of range [%2, %3]</source>
        <translation>%1 est hors de l’intervalle [%2, %3]</translation>
    </message>
    <message>
        <source>empty time</source>
        <translation>heure vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO-8601 time</source>
        <translation>« %1 » n’est pas une heure ISO 8601</translation>
    </message>
    <message>
        <source>empty URL</source>
        <translation>URL vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute URL</source>
        <translation>« %1 » n’est pas une URL absolue</translation>
    </message>
    <message>
        <source>more than %1 objects and arrays</source>
        <translation>plus de %1 objets et tableaux</translation>
    </message>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation>pas du JSON : %1 à la position %2</translation>
    </message>
    <message>
        <source>expected an object or an array</source>
        <translation>objet ou tableau attendu</translation>
    </message>
    <message>
        <source>empty login</source>
        <translation>identifiant vide</translation>
    </message>
    <message>
        <source>unknown account type &quot;%1&quot;</source>
        <translation>type de compte inconnu « %1 »</translation>
    </message>
    <message>
        <source>unknown package type &quot;%1&quot;</source>
        <translation>type de paquet inconnu « %1 »</translation>
    </message>
    <message>
        <source>more than %1 tags in all</source>
        <translation>plus de %1 étiquettes au total</translation>
    </message>
</context>
<context>
    <name>Packhouse::KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Tab and Shift+Tab move between the controls; Alt and a menu&apos;s underlined letter open that menu, and the underlined letter of an item picks it.</source>
        <translation>Tab et Maj+Tab passent d’un contrôle à l’autre ; Alt et la lettre soulignée d’un menu ouvrent ce menu, et la lettre soulignée d’une entrée la choisit.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Through the menus</source>
        <translation>Par les menus</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
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
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Load the namespaces, packages and versions again (F5)</source>
        <translation>Recharger les espaces de noms, les paquets et les versions (F5)</translation>
    </message>
    <message>
        <source>&amp;Open namespace…</source>
        <translation>&amp;Ouvrir un espace de noms…</translation>
    </message>
    <message>
        <source>Browse the packages of an organization or user by name (Ctrl+O)</source>
        <translation>Parcourir les paquets d’une organisation ou d’un utilisateur par son nom (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <extracomment>Action (a verb): filter the versions by tag.</extracomment>
        <translation>&amp;Filtrer</translation>
    </message>
    <message>
        <source>Filter the versions by tag (Ctrl+F)</source>
        <translation>Filtrer les versions par étiquette (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Copy digest</source>
        <translation>&amp;Copier le digest</translation>
    </message>
    <message>
        <source>Open on &amp;GitHub</source>
        <translation>Ouvrir sur &amp;GitHub</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <extracomment>Action (a verb): review, then delete the selected versions or the package.</extracomment>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <extracomment>Action (a verb): restore deleted versions.</extracomment>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Show &amp;deleted</source>
        <extracomment>Toggle: also list the package&apos;s deleted versions (feminine plural in French: les versions).</extracomment>
        <translation>Voir les supprimé&amp;es</translation>
    </message>
    <message>
        <source>List the versions deleted in the last 30 days, which can be restored</source>
        <translation>Lister les versions supprimées ces 30 derniers jours, qui peuvent être restaurées</translation>
    </message>
    <message>
        <source>Re&amp;tention rules…</source>
        <translation>Règles de ré&amp;tention…</translation>
    </message>
    <message>
        <source>&amp;Recently deleted…</source>
        <translation>Supprimés &amp;récemment…</translation>
    </message>
    <message>
        <source>Everything deleted through Packhouse in the last 30 days</source>
        <translation>Tout ce qui a été supprimé via Packhouse ces 30 derniers jours</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Close the session and remove the token from the keychain</source>
        <translation>Fermer la session et retirer le jeton du trousseau</translation>
    </message>
    <message>
        <source>&amp;About Packhouse</source>
        <translation>À &amp;propos de Packhouse</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Focus &amp;next pane</source>
        <translation>Volet &amp;suivant</translation>
    </message>
    <message>
        <source>Namespaces, Packages, Versions, Details, and round again</source>
        <translation>Espaces de noms, paquets, versions, détails, puis de nouveau</translation>
    </message>
    <message>
        <source>Focus &amp;previous pane</source>
        <translation>Volet &amp;précédent</translation>
    </message>
    <message>
        <source>Select or deselect the current version</source>
        <translation>Sélectionner ou désélectionner la version courante</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>S&amp;witch account</source>
        <translation>Changer de c&amp;ompte</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Namespaces</source>
        <translation>Espaces de noms</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Token scopes</source>
        <translation>Étendues du jeton</translation>
    </message>
    <message>
        <source>API rate limit</source>
        <translation>Limite de débit de l’API</translation>
    </message>
    <message>
        <source>Missing permissions</source>
        <translation>Autorisations manquantes</translation>
    </message>
    <message>
        <source>Copy from %1</source>
        <translation>Copie du %1</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Opérations</translation>
    </message>
    <message>
        <source>Retention rules</source>
        <translation>Règles de rétention</translation>
    </message>
    <message>
        <source>API %1/%2</source>
        <translation>API %1/%2</translation>
    </message>
    <message>
        <source>%1 · resets %2</source>
        <translation>%1 · réinitialisé à %2</translation>
    </message>
    <message>
        <source>GitHub&apos;s request budget for this token: remaining of the hourly limit</source>
        <translation>Quota de requêtes de GitHub pour ce jeton : reste de la limite horaire</translation>
    </message>
    <message>
        <source>scopes not reported</source>
        <translation>étendues non communiquées</translation>
    </message>
    <message>
        <source>This token (a GitHub App or Actions token) reports no scopes: nothing is refused beforehand, and GitHub&apos;s answer decides each request.</source>
        <translation>Ce jeton (un jeton de GitHub App ou d’Actions) ne communique aucune étendue : rien n’est refusé à l’avance, et la réponse de GitHub tranche chaque requête.</translation>
    </message>
    <message>
        <source>no scopes</source>
        <translation>aucune étendue</translation>
    </message>
    <message>
        <source>The token&apos;s scopes</source>
        <translation>Les étendues du jeton</translation>
    </message>
    <message>
        <source>%1@%2</source>
        <translation>%1@%2</translation>
    </message>
    <message>
        <source>%1 (offline)</source>
        <translation>%1 (hors ligne)</translation>
    </message>
    <message>
        <source>Another operation is still running</source>
        <translation>Une autre opération est encore en cours</translation>
    </message>
    <message>
        <source>Open namespace</source>
        <translation>Ouvrir un espace de noms</translation>
    </message>
    <message>
        <source>Organization or user name:</source>
        <translation>Nom de l’organisation ou de l’utilisateur :</translation>
    </message>
    <message>
        <source>No other accounts</source>
        <translation>Aucun autre compte</translation>
    </message>
    <message>
        <source>About Packhouse</source>
        <translation>À propos de Packhouse</translation>
    </message>
    <message>
        <source>&lt;b&gt;Packhouse %1&lt;/b&gt;&lt;p&gt;Browse, review, delete and restore GitHub Packages safely.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Packhouse %1&lt;/b&gt;&lt;p&gt;Parcourez, vérifiez, supprimez et restaurez vos paquets GitHub Packages en toute sécurité.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Versions pane</source>
        <translation>Volet des versions</translation>
    </message>
    <message>
        <source>Go to the version above or below, selecting only it</source>
        <translation>Aller à la version au-dessus ou en dessous en ne sélectionnant qu’elle</translation>
    </message>
    <message>
        <source>Go up or down without changing the selection</source>
        <translation>Monter ou descendre sans changer la sélection</translation>
    </message>
    <message>
        <source>Extend the selection up or down</source>
        <translation>Étendre la sélection vers le haut ou le bas</translation>
    </message>
    <message>
        <source>Expand or collapse an image or a group</source>
        <translation>Déplier ou replier une image ou un groupe</translation>
    </message>
    <message>
        <source>Select every version</source>
        <translation>Sélectionner toutes les versions</translation>
    </message>
    <message>
        <source>Review the deletion of the selected versions</source>
        <translation>Vérifier la suppression des versions sélectionnées</translation>
    </message>
    <message>
        <source>&amp;Overview…</source>
        <translation>&amp;Vue d’ensemble…</translation>
    </message>
    <message>
        <source>Operation&amp;s</source>
        <translation>&amp;Opérations</translation>
    </message>
</context>
<context>
    <name>Packhouse::MemoryTokenStore</name>
    <message>
        <source>No token is stored for %1 on %2.</source>
        <translation>Aucun jeton n’est enregistré pour %1 sur %2.</translation>
    </message>
</context>
<context>
    <name>Packhouse::NamespaceModel</name>
    <message>
        <source>GitHub leaves %1 out until the token is authorized for its SAML single sign-on.</source>
        <translation>GitHub omet %1 tant que le jeton n’est pas autorisé pour son authentification unique SAML.</translation>
    </message>
    <message>
        <source>No organization or user named %1: %2</source>
        <translation>Aucune organisation ni aucun utilisateur nommé %1 : %2</translation>
    </message>
    <message>
        <source>GitHub has no organization with that id</source>
        <translation>GitHub n’a aucune organisation avec cet identifiant</translation>
    </message>
    <message>
        <source>GitHub left out organization %1, which needs SAML single sign-on, and its name could not be looked up: %2</source>
        <translation>GitHub a omis l’organisation %1, qui exige l’authentification unique SAML, et son nom n’a pas pu être retrouvé : %2</translation>
    </message>
    <message>
        <source>%1 (needs single sign-on)</source>
        <translation>%1 (authentification unique requise)</translation>
    </message>
    <message>
        <source>Organization %1</source>
        <translation>Organisation %1</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Utilisateur %1</translation>
    </message>
</context>
<context>
    <name>Packhouse::NamespaceScan</name>
    <message>
        <source>Its version count could not be checked at the end of the scan.</source>
        <translation>Son nombre de versions n’a pas pu être vérifié à la fin de l’analyse.</translation>
    </message>
    <message>
        <source>The package was deleted during the scan.</source>
        <translation>Le paquet a été supprimé pendant l’analyse.</translation>
    </message>
    <message>
        <source>Its versions changed during the scan, and the cap leaves no requests to scan it again.</source>
        <translation>Ses versions ont changé pendant l’analyse, et le plafond ne laisse aucune requête pour l’analyser à nouveau.</translation>
    </message>
</context>
<context>
    <name>Packhouse::OciManifest</name>
    <message>
        <source>expected a string</source>
        <translation>chaîne attendue</translation>
    </message>
    <message>
        <source>not a valid digest: %1</source>
        <translation>digest non valide : %1</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>tableau attendu</translation>
    </message>
    <message>
        <source>more than %1 entries</source>
        <translation>plus de %1 entrées</translation>
    </message>
    <message>
        <source>expected a non-negative integer</source>
        <translation>entier positif ou nul attendu</translation>
    </message>
    <message>
        <source>%1 bytes is not a plausible size</source>
        <translation>%1 octets n’est pas une taille plausible</translation>
    </message>
    <message>
        <source>unsupported digest algorithm %1</source>
        <translation>algorithme de digest non pris en charge : %1</translation>
    </message>
    <message>
        <source>the body&apos;s digest is %1:%2, not %3</source>
        <translation>le digest du contenu est %1:%2, et non %3</translation>
    </message>
    <message>
        <source>manifest larger than %1 bytes</source>
        <translation>manifeste de plus de %1 octets</translation>
    </message>
    <message>
        <source>expected 2</source>
        <translation>2 attendu</translation>
    </message>
    <message>
        <source>the body says %1 but Content-Type says %2</source>
        <translation>le contenu indique %1, mais Content-Type indique %2</translation>
    </message>
    <message>
        <source>missing, and the document is no manifest</source>
        <translation>absent, et le document n’est pas un manifeste</translation>
    </message>
    <message>
        <source>unsupported manifest type %1</source>
        <translation>type de manifeste non pris en charge : %1</translation>
    </message>
</context>
<context>
    <name>Packhouse::OfflineBar</name>
    <message>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>Offline notice</source>
        <translation>Avis hors ligne</translation>
    </message>
    <message>
        <source>Offline message</source>
        <translation>Message hors ligne</translation>
    </message>
    <message>
        <source>Offline — showing what Packhouse saw at %1.</source>
        <translation>Hors ligne — affichage de ce que Packhouse a vu à %1.</translation>
    </message>
    <message>
        <source>Offline — Packhouse has nothing saved from %1 yet.</source>
        <translation>Hors ligne — Packhouse n’a encore rien enregistré de %1.</translation>
    </message>
    <message>
        <source>Trying to reach %1…</source>
        <translation>Tentative de connexion à %1…</translation>
    </message>
    <message>
        <source>Retrying in %1 s…</source>
        <translation>Nouvel essai dans %1 s…</translation>
    </message>
    <message>
        <source>Retrying in %1 min…</source>
        <translation>Nouvel essai dans %1 min…</translation>
    </message>
    <message>
        <source>%1 %2
%3 could not be reached: %4.</source>
        <translation>%1 %2
%3 est injoignable : %4.</translation>
    </message>
    <message>
        <source>Retry no&amp;w</source>
        <translation>Réessayer &amp;maintenant</translation>
    </message>
</context>
<context>
    <name>Packhouse::OperationProgressPanel</name>
    <message>
        <source>package %1</source>
        <translation>paquet %1</translation>
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
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Réessayer les échecs</translation>
    </message>
    <message>
        <source>Operation progress</source>
        <translation>Progression des opérations</translation>
    </message>
    <message>
        <source>Progress count</source>
        <translation>Compteur de progression</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>⊘ %1 — %2</source>
        <translation>⊘ %1 — %2</translation>
    </message>
    <message>
        <source>failed</source>
        <extracomment>An operation&apos;s result, when GitHub gave no message.</extracomment>
        <translation>échec</translation>
    </message>
    <message>
        <source>✗ %1 — %2</source>
        <translation>✗ %1 — %2</translation>
    </message>
    <message>
        <source>Deleted %1 of %2</source>
        <translation>Suppression : %1 sur %2</translation>
    </message>
    <message>
        <source>Restored %1 of %2</source>
        <translation>Restauration : %1 sur %2</translation>
    </message>
    <message>
        <source>Done %1 of %2</source>
        <translation>Terminé : %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source> · %n failed</source>
        <extracomment>Follows &quot;Deleted 3 of 10&quot;: how many operations failed.</extracomment>
        <translation>
            <numerusform> · %n en échec</numerusform>
            <numerusform> · %n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n skipped</source>
        <extracomment>Follows &quot;Deleted 3 of 10&quot;: how many operations were skipped (their image could not be deleted).</extracomment>
        <translation>
            <numerusform> · %n ignorée</numerusform>
            <numerusform> · %n ignorées</numerusform>
        </translation>
    </message>
    <message>
        <source>No operation running</source>
        <translation>Aucune opération en cours</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>encore environ %1</translation>
    </message>
    <message numerus="yes">
        <source> · %1 left this hour; the next %n start at %2</source>
        <extracomment>GitHub allows 500 mutations an hour: %1 more can start this hour, the next %n start at the time %2.</extracomment>
        <translation>
            <numerusform> · encore %1 cette heure-ci ; la suivante commence à %2</numerusform>
            <numerusform> · encore %1 cette heure-ci ; les %n suivantes commencent à %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting %1 before the next request: %2</source>
        <translation>Attente de %1 avant la prochaine requête : %2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Annu&amp;ler</translation>
    </message>
    <message>
        <source>Retr&amp;y failed</source>
        <translation>Réessa&amp;yer les échecs</translation>
    </message>
</context>
<context>
    <name>Packhouse::OperationQueue</name>
    <message numerus="yes">
        <source>GitHub allows %n mutations an hour; going on by itself</source>
        <translation>
            <numerusform>GitHub autorise %n modification par heure ; la suite reprendra d’elle-même</numerusform>
            <numerusform>GitHub autorise %n modifications par heure ; la suite reprendra d’elle-même</numerusform>
        </translation>
    </message>
    <message>
        <source>kept because deleting %1 failed</source>
        <translation>conservée, car la suppression de %1 a échoué</translation>
    </message>
</context>
<context>
    <name>Packhouse::OperationStatusWidget</name>
    <message>
        <source>Operation progress</source>
        <translation>Progression de l’opération</translation>
    </message>
    <message>
        <source>Operation progress bar</source>
        <translation>Barre de progression de l’opération</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel operation</source>
        <translation>Annuler l’opération</translation>
    </message>
    <message>
        <source>Stop before the next request (the one under way finishes)</source>
        <translation>Arrêter avant la prochaine requête (celle en cours se termine)</translation>
    </message>
    <message>
        <source>Deleting %1/%2</source>
        <translation>Suppression %1/%2</translation>
    </message>
    <message>
        <source>Restoring %1/%2</source>
        <translation>Restauration %1/%2</translation>
    </message>
    <message>
        <source>%1 · about %2 s left</source>
        <translation>%1 · encore environ %2 s</translation>
    </message>
</context>
<context>
    <name>Packhouse::OverviewModel</name>
    <message>
        <source>size not available from GitHub&apos;s API</source>
        <translation>taille non fournie par l’API de GitHub</translation>
    </message>
    <message>
        <source>Not scanned</source>
        <translation>Non analysé</translation>
    </message>
    <message>
        <source>The scan was cancelled or capped before this package</source>
        <translation>L’analyse a été annulée ou plafonnée avant ce paquet</translation>
    </message>
    <message>
        <source>Only container packages have images</source>
        <translation>Seuls les paquets de conteneur ont des images</translation>
    </message>
    <message>
        <source>%1 bytes: the layers, configs and manifests its versions reference, each once</source>
        <translation>%1 octets : les couches, configurations et manifestes que ses versions référencent, chacun compté une fois</translation>
    </message>
    <message>
        <source>No manifest of this package could be read</source>
        <translation>Aucun manifeste de ce paquet n’a pu être lu</translation>
    </message>
    <message>
        <source>What the rule&apos;s deletions free: blobs that no version that stays references</source>
        <translation>Ce que libèrent les suppressions de la règle : les blobs qu’aucune version restante ne référence</translation>
    </message>
    <message>
        <source>No rule was applied</source>
        <translation>Aucune règle n’a été appliquée</translation>
    </message>
    <message>
        <source>Untagged container versions that no image lists and that describe nothing</source>
        <translation>Versions de conteneur sans étiquette qu’aucune image ne référence et qui ne décrivent rien</translation>
    </message>
    <message>
        <source>Images that list a manifest the registry no longer has: pulling them fails</source>
        <translation>Images qui référencent un manifeste que le registre n’a plus : leur récupération échoue</translation>
    </message>
    <message>
        <source>The blobs the package&apos;s versions reference, each counted once (containers only)</source>
        <translation>Les blobs que les versions du paquet référencent, chacun compté une fois (conteneurs seulement)</translation>
    </message>
    <message>
        <source>What the rule&apos;s deletions would free in the registry</source>
        <translation>Ce que les suppressions de la règle libéreraient dans le registre</translation>
    </message>
    <message>
        <source>How many versions the rule would delete</source>
        <translation>Combien de versions la règle supprimerait</translation>
    </message>
    <message>
        <source>Days since the newest version was pushed</source>
        <translation>Jours depuis l’envoi de la version la plus récente</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Tagged</source>
        <translation>Étiquetées</translation>
    </message>
    <message>
        <source>Untagged</source>
        <translation>Sans étiquette</translation>
    </message>
    <message>
        <source>Orphans</source>
        <translation>Orphelines</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Plus récente</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>Plus ancienne</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Broken
images</source>
        <translation>Images
cassées</translation>
    </message>
    <message>
        <source>Reclaimable
by rule</source>
        <translation>Récupérable
par la règle</translation>
    </message>
    <message>
        <source>Rule
deletes</source>
        <translation>La règle
supprime</translation>
    </message>
    <message>
        <source>Days since
last push</source>
        <translation>Jours depuis
le dernier push</translation>
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
        <translation>Vue d’ensemble de %1</translation>
    </message>
    <message>
        <source>Namespace overview</source>
        <translation>Vue d’ensemble de l’espace de noms</translation>
    </message>
    <message>
        <source>Packages of the namespace</source>
        <translation>Paquets de l’espace de noms</translation>
    </message>
    <message>
        <source>Filter by name, type or problem</source>
        <translation>Filtrer par nom, type ou problème</translation>
    </message>
    <message>
        <source>Filter packages</source>
        <translation>Filtrer les paquets</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>The Retention rules panel&apos;s</source>
        <translation>Celle du panneau Règles de rétention</translation>
    </message>
    <message>
        <source>Untagged only</source>
        <translation>Sans étiquette seulement</translation>
    </message>
    <message numerus="yes">
        <source>Keep the newest %n</source>
        <translation>
            <numerusform>Conserver la plus récente</numerusform>
            <numerusform>Conserver les %n plus récentes</numerusform>
        </translation>
    </message>
    <message>
        <source>No rule</source>
        <translation>Aucune règle</translation>
    </message>
    <message>
        <source>What the Reclaimable and Rule deletes columns preview; a change applies from the next scan</source>
        <translation>Ce que prévoient les colonnes « Récupérable par la règle » et « La règle supprime » ; un changement s’applique à partir de la prochaine analyse</translation>
    </message>
    <message>
        <source>Rule in use</source>
        <translation>Règle utilisée</translation>
    </message>
    <message>
        <source>Review the rule&apos;s deletions</source>
        <translation>Vérifier les suppressions de la règle</translation>
    </message>
    <message>
        <source>Open the selected package&apos;s review of what the rule would delete</source>
        <translation>Ouvrir, pour le paquet sélectionné, la vérification de ce que la règle supprimerait</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>&amp;Règle :</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtre :</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Espace de noms</translation>
    </message>
    <message>
        <source>%1 (organization)</source>
        <translation>%1 (organisation)</translation>
    </message>
    <message>
        <source>%1 (user)</source>
        <translation>%1 (utilisateur)</translation>
    </message>
    <message>
        <source>Cost of a scan</source>
        <translation>Coût d’une analyse</translation>
    </message>
    <message>
        <source>Request cap</source>
        <translation>Plafond de requêtes</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>Sans plafond</translation>
    </message>
    <message>
        <source>Scan only the packages whose listing fits in this many REST requests, in table order; the manifests come from the registry and cost none</source>
        <translation>N’analyser que les paquets dont la liste tient dans ce nombre de requêtes REST, dans l’ordre du tableau ; les manifestes viennent du registre et n’en coûtent aucune</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Analyser</translation>
    </message>
    <message>
        <source>Cancel the scan</source>
        <translation>Annuler l’analyse</translation>
    </message>
    <message>
        <source>Stop scanning; what was scanned stays</source>
        <translation>Arrêter l’analyse ; ce qui a été analysé reste</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>Progression de l’analyse</translation>
    </message>
    <message>
        <source>Scan status</source>
        <translation>État de l’analyse</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Reclaimable by rule</source>
        <translation>Récupérable par la règle</translation>
    </message>
    <message>
        <source>Orphans</source>
        <translation>Orphelines</translation>
    </message>
    <message>
        <source>Broken images</source>
        <translation>Images cassées</translation>
    </message>
    <message>
        <source>Packages:</source>
        <translation>Paquets :</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>Versions :</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille :</translation>
    </message>
    <message>
        <source>Reclaimable by rule:</source>
        <translation>Récupérable par la règle :</translation>
    </message>
    <message>
        <source>Orphans:</source>
        <translation>Orphelines :</translation>
    </message>
    <message>
        <source>Broken images:</source>
        <translation>Images cassées :</translation>
    </message>
    <message>
        <source>(no panel: open a package first)</source>
        <translation>(pas de panneau : ouvrez d’abord un paquet)</translation>
    </message>
    <message>
        <source>(the panel has no criterion set: nothing is previewed)</source>
        <translation>(le panneau n’a aucun critère : rien n’est prévu)</translation>
    </message>
    <message>
        <source>Listing the packages…</source>
        <translation>Liste des paquets…</translation>
    </message>
    <message>
        <source>Listing the packages of %1…</source>
        <translation>Liste des paquets de %1…</translation>
    </message>
    <message>
        <source>The packages of %1 could not be listed: %2</source>
        <translation>Les paquets de %1 n’ont pas pu être listés : %2</translation>
    </message>
    <message numerus="yes">
        <source>Scanning costs about %1 REST request(s) of your %2 left this hour.</source>
        <translation>
            <numerusform>L’analyse coûte environ %1 requête REST sur les %2 qu’il vous reste cette heure-ci.</numerusform>
            <numerusform>L’analyse coûte environ %1 requêtes REST sur les %2 qu’il vous reste cette heure-ci.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scanning costs about %1 REST request(s).</source>
        <translation>
            <numerusform>L’analyse coûte environ %1 requête REST.</numerusform>
            <numerusform>L’analyse coûte environ %1 requêtes REST.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cap of %1 covers %2 of %n package(s).</source>
        <translation>
            <numerusform>Le plafond de %1 couvre %2 paquet sur %n.</numerusform>
            <numerusform>Le plafond de %1 couvre %2 paquets sur %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is more than is left: cap it, or scan after %1.</source>
        <translation>C’est plus qu’il n’en reste : plafonnez-la, ou analysez après %1.</translation>
    </message>
    <message>
        <source>That is more than is left: cap it.</source>
        <translation>C’est plus qu’il n’en reste : plafonnez-la.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n package(s)</source>
        <translation>
            <numerusform>%1 paquet sur %n</numerusform>
            <numerusform>%1 paquets sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The packages could not be listed: %1</source>
        <translation>Les paquets n’ont pas pu être listés : %1</translation>
    </message>
    <message numerus="yes">
        <source>Partial: cancelled after %1 of %n package(s). The totals and the chart count the scanned packages only.</source>
        <translation>
            <numerusform>Partiel : annulé après %1 paquet sur %n. Les totaux et le graphique ne comptent que les paquets analysés.</numerusform>
            <numerusform>Partiel : annulé après %1 paquets sur %n. Les totaux et le graphique ne comptent que les paquets analysés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partial: the cap covered %1 of %n package(s). The totals and the chart count the scanned packages only.</source>
        <translation>
            <numerusform>Partiel : le plafond a couvert %1 paquet sur %n. Les totaux et le graphique ne comptent que les paquets analysés.</numerusform>
            <numerusform>Partiel : le plafond a couvert %1 paquets sur %n. Les totaux et le graphique ne comptent que les paquets analysés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Partial: the package list is incomplete (%1).</source>
        <translation>Partiel : la liste des paquets est incomplète (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) could not be read completely: see Problems.</source>
        <translation>
            <numerusform>%n paquet n’a pas pu être lu entièrement : voir Problèmes.</numerusform>
            <numerusform>%n paquets n’ont pas pu être lus entièrement : voir Problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Overview of %1 (partial)</source>
        <translation>Vue d’ensemble de %1 (partielle)</translation>
    </message>
    <message>
        <source>%1 (%2 scanned)</source>
        <translation>%1 (%2 analysés)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n container package(s)</source>
        <translation>
            <numerusform>%1 dans %n paquet de conteneur</numerusform>
            <numerusform>%1 dans %n paquets de conteneur</numerusform>
        </translation>
    </message>
    <message>
        <source>— (no rule)</source>
        <translation>— (aucune règle)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n version(s) deleted)</source>
        <translation>
            <numerusform>%1 (%n version supprimée)</numerusform>
            <numerusform>%1 (%n versions supprimées)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Select a package whose rule deletes versions</source>
        <translation>Sélectionnez un paquet dont la règle supprime des versions</translation>
    </message>
    <message>
        <source>The rule deletes nothing in %1</source>
        <translation>La règle ne supprime rien dans %1</translation>
    </message>
    <message numerus="yes">
        <source>Review the %n version(s) the rule would delete in %1</source>
        <translation>
            <numerusform>Vérifier la %n version que la règle supprimerait dans %1</numerusform>
            <numerusform>Vérifier les %n versions que la règle supprimerait dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan again to apply it.</source>
        <translation>Analysez de nouveau pour l’appliquer.</translation>
    </message>
    <message>
        <source>%1 Scan again to apply it.</source>
        <translation>%1 Analysez de nouveau pour l’appliquer.</translation>
    </message>
    <message>
        <source>Re&amp;view…</source>
        <translation>&amp;Vérifier…</translation>
    </message>
    <message>
        <source>Ca&amp;p (REST requests):</source>
        <extracomment>The cap&apos;s unit is in the label: the box shows a bare number.</extracomment>
        <translation>&amp;Plafond (requêtes REST) :</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>&amp;Analyser</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>&amp;Scan again</source>
        <translation>&amp;Analyser à nouveau</translation>
    </message>
</context>
<context>
    <name>Packhouse::PackageListModel</name>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibilité</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
</context>
<context>
    <name>Packhouse::PackageListing</name>
    <message>
        <source>GitHub lists at most %1 %2 packages</source>
        <translation>GitHub liste au plus %1 paquets de type %2</translation>
    </message>
</context>
<context>
    <name>Packhouse::PaneNoticeBar</name>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>%1 notice</source>
        <translation>Avis : %1</translation>
    </message>
    <message>
        <source>%1 message</source>
        <translation>Message : %1</translation>
    </message>
    <message>
        <source>Retry loading %1</source>
        <translation>Recharger : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Packhouse::PaneStateWidget</name>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>%1 status</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <source>Retry loading %1</source>
        <translation>Recharger : %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>Packhouse::PruneOptions</name>
    <message>
        <source>Deletes the versions a retention rule selects, with the safety of the Packhouse app: images are never broken, nothing is deleted from an incomplete listing, and without --yes nothing is deleted.</source>
        <translation>Supprime les versions qu’une règle de rétention sélectionne, avec la sécurité de l’application Packhouse : les images ne sont jamais cassées, rien n’est supprimé à partir d’une liste incomplète, et sans --yes rien n’est supprimé.</translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <source>The API root (default https://api.github.com; GHES: https://HOST/api/v3).</source>
        <translation>La racine de l’API (par défaut https://api.github.com ; GHES : https://HOST/api/v3).</translation>
    </message>
    <message>
        <source>The organization that owns the packages.</source>
        <translation>L’organisation propriétaire des paquets.</translation>
    </message>
    <message>
        <source>The user who owns the packages.</source>
        <translation>L’utilisateur propriétaire des paquets.</translation>
    </message>
    <message>
        <source>The packages of the token&apos;s own user.</source>
        <translation>Les paquets de l’utilisateur du jeton.</translation>
    </message>
    <message>
        <source>npm, maven, rubygems, docker, nuget or container.</source>
        <translation>npm, maven, rubygems, docker, nuget ou container.</translation>
    </message>
    <message>
        <source>A package name; repeat it, or &apos;*&apos; for all.</source>
        <translation>Un nom de paquet ; répétez l’option, ou &apos;*&apos; pour tous.</translation>
    </message>
    <message>
        <source>A rules file exported from the app.</source>
        <translation>Un fichier de règles exporté depuis l’application.</translation>
    </message>
    <message>
        <source>Keeps the N newest candidates.</source>
        <translation>Conserve les N candidates les plus récentes.</translation>
    </message>
    <message>
        <source>Only candidates older than DAYS.</source>
        <translation>Seulement les candidates de plus de DAYS jours.</translation>
    </message>
    <message>
        <source>Only untagged versions.</source>
        <translation>Seulement les versions sans étiquette.</translation>
    </message>
    <message>
        <source>Tag patterns: &apos;v1.*, pr-?, !latest&apos;.</source>
        <translation>Motifs d’étiquette : &apos;v1.*, pr-?, !latest&apos;.</translation>
    </message>
    <message>
        <source>Only pre-release versions.</source>
        <translation>Seulement les préversions.</translation>
    </message>
    <message>
        <source>Plans only (the default).</source>
        <translation>Planifie seulement (par défaut).</translation>
    </message>
    <message>
        <source>Deletes what the plan says.</source>
        <translation>Supprime ce que prévoit le plan.</translation>
    </message>
    <message>
        <source>Reads the token from the first line of standard input (else GH_TOKEN, GITHUB_TOKEN, then the app&apos;s keychain entry).</source>
        <translation>Lit le jeton sur la première ligne de l’entrée standard (sinon GH_TOKEN, GITHUB_TOKEN, puis l’entrée du trousseau de l’application).</translation>
    </message>
    <message>
        <source>The deletion journal to write.</source>
        <translation>Le journal des suppressions à écrire.</translation>
    </message>
    <message>
        <source>Also trusts the certificate authorities in FILE (PEM), e.g. a GitHub Enterprise Server&apos;s private CA.</source>
        <translation>Fait aussi confiance aux autorités de certification de FILE (PEM), par exemple l’autorité privée d’un GitHub Enterprise Server.</translation>
    </message>
    <message>
        <source>No progress on standard error.</source>
        <translation>Aucune progression sur la sortie d’erreur.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>--%1 is given more than once</source>
        <translation>--%1 est donné plusieurs fois</translation>
    </message>
    <message>
        <source>--api-url: %1</source>
        <translation>--api-url : %1</translation>
    </message>
    <message>
        <source>name exactly one owner: --org ORG, --user USER or --me</source>
        <translation>indiquez un seul propriétaire : --org ORG, --user USER ou --me</translation>
    </message>
    <message>
        <source>the owner&apos;s name is empty</source>
        <translation>le nom du propriétaire est vide</translation>
    </message>
    <message>
        <source>--type is required (npm, maven, rubygems, docker, nuget or container)</source>
        <translation>--type est requis (npm, maven, rubygems, docker, nuget ou container)</translation>
    </message>
    <message>
        <source>unknown package type &quot;%1&quot; (npm, maven, rubygems, docker, nuget or container)</source>
        <translation>type de paquet inconnu « %1 » (npm, maven, rubygems, docker, nuget ou container)</translation>
    </message>
    <message>
        <source>--package needs a name</source>
        <translation>--package demande un nom</translation>
    </message>
    <message>
        <source>--package is required (repeat it, or &apos;*&apos; for every package of the type)</source>
        <translation>--package est requis (répétez l’option, ou &apos;*&apos; pour tous les paquets du type)</translation>
    </message>
    <message>
        <source>give the rule as --rules FILE or as criteria, not both</source>
        <translation>donnez la règle avec --rules FILE ou par des critères, pas les deux</translation>
    </message>
    <message>
        <source>--rules: %1</source>
        <translation>--rules : %1</translation>
    </message>
    <message>
        <source>--%1 takes a whole number, 0 or more (not &quot;%2&quot;)</source>
        <translation>--%1 attend un nombre entier positif ou nul (pas « %2 »)</translation>
    </message>
    <message>
        <source>the rule has no criterion: give --keep-newest, --older-than, --untagged-only, --tag, --pre-releases-only or a --rules file</source>
        <translation>la règle n’a aucun critère : donnez --keep-newest, --older-than, --untagged-only, --tag, --pre-releases-only ou un fichier --rules</translation>
    </message>
    <message>
        <source>--yes and --dry-run contradict each other</source>
        <translation>--yes et --dry-run se contredisent</translation>
    </message>
    <message>
        <source>--format is text or json (not &quot;%1&quot;)</source>
        <translation>--format vaut text ou json (pas « %1 »)</translation>
    </message>
    <message>
        <source>text (default) or json; with --report also csv.</source>
        <translation>text (par défaut) ou json ; avec --report aussi csv.</translation>
    </message>
    <message>
        <source>Prints the owner&apos;s overview (every package&apos;s versions, orphans, broken images, sizes, and what the rule would free) and deletes nothing.</source>
        <translation>Affiche la vue d’ensemble du propriétaire (les versions de chaque paquet, les orphelines, les images cassées, les tailles et ce que la règle libérerait) et ne supprime rien.</translation>
    </message>
    <message>
        <source>--report covers every package of the owner: leave out --package (--type narrows it)</source>
        <translation>--report couvre tous les paquets du propriétaire : retirez --package (--type restreint)</translation>
    </message>
    <message>
        <source>--report deletes nothing: leave out --yes</source>
        <translation>--report ne supprime rien : retirez --yes</translation>
    </message>
    <message>
        <source>--format is text, json or csv (not &quot;%1&quot;)</source>
        <translation>--format vaut text, json ou csv (pas « %1 »)</translation>
    </message>
</context>
<context>
    <name>Packhouse::PrunePackageReport</name>
    <message numerus="yes">
        <source>%n d</source>
        <extracomment>An age in the report&apos;s AGE column, in days (&quot;12 d&quot;); at most six characters.</extracomment>
        <translation>
            <numerusform>%n j</numerusform>
            <numerusform>%n j</numerusform>
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
    <message>
        <source>%1/%2 (%3)%4</source>
        <translation>%1/%2 (%3)%4</translation>
    </message>
    <message>
        <source> — dry run, nothing is deleted</source>
        <translation> — simulation, rien n’est supprimé</translation>
    </message>
    <message>
        <source>  REFUSED: %1</source>
        <translation>  REFUSÉ : %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete (%n):</source>
        <translation>
            <numerusform>Supprimer (%n) :</numerusform>
            <numerusform>Supprimer (%n) :</numerusform>
        </translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation>ÉTIQUETTES</translation>
    </message>
    <message>
        <source>DIGEST/NAME</source>
        <translation>DIGEST/NOM</translation>
    </message>
    <message>
        <source>AGE</source>
        <translation>ÂGE</translation>
    </message>
    <message>
        <source>WHY</source>
        <translation>RAISON</translation>
    </message>
    <message numerus="yes">
        <source>Keep (%n):</source>
        <translation>
            <numerusform>Conserver (%n) :</numerusform>
            <numerusform>Conserver (%n) :</numerusform>
        </translation>
    </message>
    <message>
        <source>Results:</source>
        <translation>Résultats :</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
</context>
<context>
    <name>Packhouse::PruneRun</name>
    <message>
        <source>--me: GitHub did not name the token&apos;s user: %1</source>
        <translation>--me : GitHub n’a pas indiqué l’utilisateur du jeton : %1</translation>
    </message>
    <message>
        <source>Listing the %1 packages of %2…</source>
        <translation>Liste des paquets %1 de %2…</translation>
    </message>
    <message>
        <source>%1 does not exist, or the token cannot see it</source>
        <translation>%1 n’existe pas, ou le jeton ne peut pas le voir</translation>
    </message>
    <message>
        <source>the package list is incomplete: %1</source>
        <translation>la liste des paquets est incomplète : %1</translation>
    </message>
    <message>
        <source>Listing %1/%2…</source>
        <translation>Liste de %1/%2…</translation>
    </message>
    <message>
        <source>package %1/%2 (%3) does not exist, or the token cannot see it</source>
        <translation>le paquet %1/%2 (%3) n’existe pas, ou le jeton ne peut pas le voir</translation>
    </message>
    <message>
        <source>the listing stopped part way</source>
        <translation>la liste s’est arrêtée en cours de route</translation>
    </message>
    <message>
        <source>the version listing is incomplete or stale: %1</source>
        <translation>la liste des versions est incomplète ou périmée : %1</translation>
    </message>
    <message>
        <source>not selected by the rule</source>
        <translation>non sélectionnée par la règle</translation>
    </message>
    <message numerus="yes">
        <source>the image tree is incomplete: %n manifest(s) could not be read (%1: %2)</source>
        <translation>
            <numerusform>l’arbre des images est incomplet : %n manifeste n’a pas pu être lu (%1 : %2)</numerusform>
            <numerusform>l’arbre des images est incomplet : %n manifestes n’ont pas pu être lus (%1 : %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the image tree is incomplete: %n manifest(s) are unknown</source>
        <translation>
            <numerusform>l’arbre des images est incomplet : %n manifeste est inconnu</numerusform>
            <numerusform>l’arbre des images est incomplet : %n manifestes sont inconnus</numerusform>
        </translation>
    </message>
    <message>
        <source>the rule would delete the last tagged version; delete the whole package instead (in the app) if that is meant</source>
        <translation>la règle supprimerait la dernière version étiquetée ; supprimez plutôt le paquet en entier (dans l’application) si c’est voulu</translation>
    </message>
    <message>
        <source>the token lacks the %1 scope</source>
        <translation>il manque au jeton l’étendue %1</translation>
    </message>
    <message>
        <source>not carried out</source>
        <translation>non effectuée</translation>
    </message>
    <message>
        <source>[%1/%2] %3 %4 %5 %6</source>
        <translation>[%1/%2] %3 %4 %5 %6</translation>
    </message>
    <message>
        <source>the plan put a deletion before one it depends on; nothing was deleted</source>
        <translation>le plan plaçait une suppression avant une autre dont elle dépend ; rien n’a été supprimé</translation>
    </message>
</context>
<context>
    <name>Packhouse::RegistryClient</name>
    <message>
        <source>the registry asked for authentication without a Bearer realm</source>
        <translation>le registre a demandé une authentification sans domaine Bearer</translation>
    </message>
    <message>
        <source>the registry issued no token</source>
        <translation>le registre n’a délivré aucun jeton</translation>
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
        <translation>Restaurer la sélection</translation>
    </message>
    <message>
        <source>Restore package by name…</source>
        <translation>Restaurer un paquet par son nom…</translation>
    </message>
    <message>
        <source>Restore a package deleted elsewhere</source>
        <translation>Restaurer un paquet supprimé ailleurs</translation>
    </message>
    <message>
        <source>Restore package</source>
        <translation>Restaurer le paquet</translation>
    </message>
    <message>
        <source>Recently deleted</source>
        <translation>Supprimés récemment</translation>
    </message>
    <message>
        <source>Packages and versions deleted through Packhouse on %1 in the last %2 days. GitHub can restore them for %2 days after deletion, unless the name has been reused.</source>
        <translation>Paquets et versions supprimés via Packhouse sur %1 ces %2 derniers jours. GitHub peut les restaurer pendant %2 jours après leur suppression, sauf si le nom a été réutilisé.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Package</source>
        <extracomment>Column headers: the package (a noun), the version, when it was deleted, days left to restore it.</extracomment>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé le</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>Package type</source>
        <translation>Type de paquet</translation>
    </message>
    <message>
        <source>Package name</source>
        <translation>Nom du paquet</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Espace de noms</translation>
    </message>
    <message>
        <source>organization, or empty for %1</source>
        <translation>organisation, ou vide pour %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>%1/%2 (%3)</source>
        <translation>%1/%2 (%3)</translation>
    </message>
    <message>
        <source>whole package</source>
        <translation>paquet entier</translation>
    </message>
    <message>
        <source>unknown — check on GitHub</source>
        <translation>inconnu — vérifiez sur GitHub</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted through Packhouse in the last %1 days.</source>
        <translation>Rien n’a été supprimé via Packhouse ces %1 derniers jours.</translation>
    </message>
    <message>
        <source>Another operation is still running: wait for it to finish.</source>
        <translation>Une autre opération est encore en cours : attendez qu’elle se termine.</translation>
    </message>
    <message>
        <source>Restoring needs the %1 scope.</source>
        <translation>La restauration nécessite l’étendue %1.</translation>
    </message>
    <message>
        <source>&amp;Restore selected</source>
        <translation>&amp;Restaurer la sélection</translation>
    </message>
    <message>
        <source>Restore package &amp;by name…</source>
        <translation>Restaurer un paquet par son &amp;nom…</translation>
    </message>
    <message>
        <source>Restore &amp;package</source>
        <translation>Restaurer le &amp;paquet</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>N&amp;om :</translation>
    </message>
    <message>
        <source>Na&amp;mespace:</source>
        <translation>&amp;Espace de noms :</translation>
    </message>
</context>
<context>
    <name>Packhouse::RetentionPanel</name>
    <message>
        <source>Untagged only</source>
        <translation>Sans étiquette seulement</translation>
    </message>
    <message>
        <source>Pre-releases only</source>
        <translation>Préversions seulement</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Vérifier…</translation>
    </message>
    <message>
        <source>Retention rules</source>
        <translation>Règles de rétention</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Keep newest</source>
        <translation>Conserver les plus récentes</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <extracomment>After the number in &quot;Delete if older than: 30 days&quot;.</extracomment>
        <translation>
            <numerusform> jour</numerusform>
            <numerusform> jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Older than</source>
        <translation>Plus ancienne que</translation>
    </message>
    <message>
        <source>Tag patterns</source>
        <translation>Motifs d’étiquette</translation>
    </message>
    <message>
        <source>v1.*, pr-?, !latest</source>
        <translation>v1.*, pr-?, !latest</translation>
    </message>
    <message>
        <source>Patterns separated by commas or spaces: * matches anything, ? one character, a leading ! excludes.</source>
        <translation>Motifs séparés par des virgules ou des espaces : * correspond à tout, ? à un caractère, un ! en tête exclut.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>packhouse-prune command line</source>
        <translation>Ligne de commande packhouse-prune</translation>
    </message>
    <message>
        <source>Runs this rule headless, e.g. in CI; add --yes to delete.</source>
        <translation>Exécute cette règle sans interface, par exemple en CI ; ajoutez --yes pour supprimer.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>C&amp;opier</translation>
    </message>
    <message>
        <source>Copy the command line</source>
        <translation>Copier la ligne de commande</translation>
    </message>
    <message>
        <source>E&amp;xport rules…</source>
        <translation>E&amp;xporter les règles…</translation>
    </message>
    <message>
        <source>&amp;Import rules…</source>
        <translation>&amp;Importer des règles…</translation>
    </message>
    <message>
        <source>In CI:</source>
        <translation>En CI :</translation>
    </message>
    <message>
        <source>Export rules</source>
        <translation>Exporter les règles</translation>
    </message>
    <message>
        <source>Packhouse rules (*.json)</source>
        <translation>Règles Packhouse (*.json)</translation>
    </message>
    <message>
        <source>Import rules</source>
        <translation>Importer des règles</translation>
    </message>
    <message>
        <source>Exported from Packhouse for %1/%2</source>
        <translation>Exporté depuis Packhouse pour %1/%2</translation>
    </message>
    <message>
        <source>Could not export the rules to %1: %2</source>
        <translation>Impossible d’exporter les règles vers %1 : %2</translation>
    </message>
    <message>
        <source>Could not import the rules: %1</source>
        <translation>Impossible d’importer les règles : %1</translation>
    </message>
    <message>
        <source>Set a rule to see which versions it would delete.</source>
        <translation>Définissez une règle pour voir les versions qu’elle supprimerait.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln version(s) would be deleted</source>
        <translation>
            <numerusform>%Ln version serait supprimée</numerusform>
            <numerusform>%Ln versions seraient supprimées</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <extracomment>The retention panel&apos;s count, for screen readers: &quot;Preview: 3 versions would be deleted&quot;.</extracomment>
        <translation>Aperçu : %1</translation>
    </message>
    <message>
        <source>&amp;Untagged only</source>
        <translation>&amp;Sans étiquette seulement</translation>
    </message>
    <message>
        <source>&amp;Pre-releases only</source>
        <translation>&amp;Préversions seulement</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Vérifier…</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>Conserver les plus &amp;récentes :</translation>
    </message>
    <message>
        <source>Delete if &amp;older than:</source>
        <translation>Supprimer si plus a&amp;ncienne que :</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>É&amp;tiquettes :</translation>
    </message>
</context>
<context>
    <name>Packhouse::RetentionRuleFile</name>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation>pas du JSON : %1 à la position %2</translation>
    </message>
    <message>
        <source>a rules file holds one JSON object</source>
        <translation>un fichier de règles contient un seul objet JSON</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>clé inconnue « %1 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>« %1 » est absent</translation>
    </message>
    <message>
        <source>rules file version %1 is not supported (this Packhouse reads version %2)</source>
        <translation>la version %1 du fichier de règles n’est pas prise en charge (ce Packhouse lit la version %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number, 0 or more</source>
        <translation>« %1 » doit être un nombre entier positif ou nul</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>« %1 » doit valoir true ou false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>« %1 » doit être une chaîne</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a rules file</source>
        <translation>%1 est trop gros pour être un fichier de règles</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Packhouse::ReviewDeletionDialog</name>
    <message>
        <source>Review deletion</source>
        <translation>Vérifier la suppression</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>The review&apos;s confirm button (a verb).</extracomment>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Loading image manifests…</source>
        <translation>Chargement des manifestes d’image…</translation>
    </message>
    <message>
        <source>Loading image manifests</source>
        <translation>Chargement des manifestes d’image</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Refus</translation>
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
        <translation>Raison</translation>
    </message>
    <message>
        <source>Versions to delete</source>
        <translation>Versions à supprimer</translation>
    </message>
    <message>
        <source>Tags that stay</source>
        <translation>Étiquettes qui restent</translation>
    </message>
    <message>
        <source>Why it stays</source>
        <translation>Pourquoi elle reste</translation>
    </message>
    <message>
        <source>Kept versions</source>
        <translation>Versions conservées</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Delete package…</source>
        <translation>Supprimer le paquet…</translation>
    </message>
    <message>
        <source>Will be deleted</source>
        <translation>Sera supprimé</translation>
    </message>
    <message>
        <source>Stays pullable</source>
        <translation>Reste récupérable (pull)</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservées</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>Type the package name to confirm:</source>
        <translation>Saisissez le nom du paquet pour confirmer :</translation>
    </message>
    <message>
        <source>%1/%2 (%3)</source>
        <translation>%1/%2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln version(s) of %1 will be deleted.</source>
        <extracomment>%1 is the package: &quot;acme/web (Container)&quot;.</extracomment>
        <translation>
            <numerusform>%Ln version de %1 sera supprimée.</numerusform>
            <numerusform>%Ln versions de %1 seront supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading versions…</source>
        <translation>Chargement des versions…</translation>
    </message>
    <message>
        <source>Deleting needs the %1 scope, which this token lacks.</source>
        <translation>La suppression nécessite l’étendue %1, qui manque à ce jeton.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>untagged</source>
        <translation>sans étiquette</translation>
    </message>
    <message>
        <source>No tag stays.</source>
        <translation>Aucune étiquette ne reste.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Delete the whole package &lt;b&gt;%1&lt;/b&gt; (%2) of &lt;b&gt;%3&lt;/b&gt; with all its versions?&lt;br&gt;It can be restored within 30 days under &lt;i&gt;Recently deleted&lt;/i&gt;, unless the name is reused.</source>
        <translation>Supprimer le paquet &lt;b&gt;%1&lt;/b&gt; (%2) de &lt;b&gt;%3&lt;/b&gt; en entier, avec toutes ses versions ?&lt;br&gt;Il peut être restauré dans les 30 jours depuis &lt;i&gt;Supprimés récemment&lt;/i&gt;, sauf si le nom est réutilisé.</translation>
    </message>
    <message>
        <source>Of the %1 the deleted images take in the registry</source>
        <translation>Sur les %1 qu’occupent les images supprimées dans le registre</translation>
    </message>
    <message>
        <source>Space freed</source>
        <translation>Espace libéré</translation>
    </message>
    <message>
        <source>Delete &amp;package…</source>
        <translation>Supprimer le &amp;paquet…</translation>
    </message>
    <message>
        <source>&amp;Delete package</source>
        <translation>&amp;Supprimer le paquet</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %Ln version(s)</source>
        <extracomment>The review&apos;s confirm button.</extracomment>
        <translation>
            <numerusform>&amp;Supprimer %Ln version</numerusform>
            <numerusform>&amp;Supprimer %Ln versions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Packhouse::ReviewParts</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
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
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Versions to restore</source>
        <translation>Versions à restaurer</translation>
    </message>
    <message>
        <source>Review restore</source>
        <translation>Vérifier la restauration</translation>
    </message>
    <message>
        <source>%1/%2 (%3)</source>
        <extracomment>%1 is the owner, %2 the package, %3 its type: &quot;acme/web (Container)&quot;.</extracomment>
        <translation>%1/%2 (%3)</translation>
    </message>
    <message>
        <source>whole package</source>
        <translation>paquet entier</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message numerus="yes">
        <source>%Ln version(s) will be restored into %1.</source>
        <extracomment>%1 is the package: &quot;acme/web (Container)&quot;.</extracomment>
        <translation>
            <numerusform>%Ln version sera restaurée dans %1.</numerusform>
            <numerusform>%Ln versions seront restaurées dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln version(s) will be restored into the packages listed.</source>
        <translation>
            <numerusform>%Ln version sera restaurée dans les paquets listés.</numerusform>
            <numerusform>%Ln versions seront restaurées dans les paquets listés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Will be restored</source>
        <translation>Sera restauré</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Restore %Ln version(s)</source>
        <extracomment>The review&apos;s confirm button.</extracomment>
        <translation>
            <numerusform>&amp;Restaurer %Ln version</numerusform>
            <numerusform>&amp;Restaurer %Ln versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln whole package(s) will be restored.</source>
        <translation>
            <numerusform>%Ln paquet entier sera restauré.</numerusform>
            <numerusform>%Ln paquets entiers seront restaurés.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore everything listed</source>
        <translation>&amp;Restaurer tout ce qui est listé</translation>
    </message>
</context>
<context>
    <name>Packhouse::ScopeGate</name>
    <message numerus="yes">
        <source>the %1 scope(s)</source>
        <extracomment>Completes &quot;Delete needs %1&quot;: the scope, or the scopes (&quot;read:packages and delete:packages&quot;), it lacks.</extracomment>
        <translation>
            <numerusform>l’étendue %1</numerusform>
            <numerusform>les étendues %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete needs %1</source>
        <translation>La suppression nécessite %1</translation>
    </message>
    <message>
        <source>Restore needs %1</source>
        <translation>La restauration nécessite %1</translation>
    </message>
    <message>
        <source>Browsing needs %1</source>
        <translation>La navigation nécessite %1</translation>
    </message>
    <message>
        <source> and admin rights on the package in %1</source>
        <translation> et des droits d’administration sur le paquet dans %1</translation>
    </message>
    <message>
        <source>Needs admin rights on the package in %1</source>
        <translation>Nécessite des droits d’administration sur le paquet dans %1</translation>
    </message>
</context>
<context>
    <name>Packhouse::ScreenshotDriver</name>
    <message>
        <source>timed out before the selection was loaded</source>
        <translation>délai dépassé avant le chargement de la sélection</translation>
    </message>
    <message>
        <source>not signed in: %1</source>
        <translation>non connecté : %1</translation>
    </message>
    <message>
        <source>the window closed</source>
        <translation>la fenêtre s’est fermée</translation>
    </message>
    <message>
        <source>no package %1 in %2</source>
        <translation>aucun paquet %1 dans %2</translation>
    </message>
    <message>
        <source>the Retention rules panel did not open</source>
        <translation>le panneau « Règles de rétention » ne s’est pas ouvert</translation>
    </message>
    <message>
        <source>nothing to review: no multi-arch image in this package</source>
        <translation>rien à vérifier : aucune image multi-architecture dans ce paquet</translation>
    </message>
    <message>
        <source>cannot review a deletion: %1</source>
        <translation>impossible de vérifier une suppression : %1</translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>impossible d’écrire %1</translation>
    </message>
    <message>
        <source>the overview closed</source>
        <translation>la vue d’ensemble s’est fermée</translation>
    </message>
    <message>
        <source>cannot open the overview: %1</source>
        <translation>impossible d’ouvrir la vue d’ensemble : %1</translation>
    </message>
    <message>
        <source>no Overview action</source>
        <translation>aucune action « Vue d’ensemble »</translation>
    </message>
    <message>
        <source>the overview did not open</source>
        <translation>la vue d’ensemble ne s’est pas ouverte</translation>
    </message>
</context>
<context>
    <name>Packhouse::ServerConfig</name>
    <message>
        <source>%1 is not a valid API URL.</source>
        <translation>%1 n’est pas une URL d’API valide.</translation>
    </message>
    <message>
        <source>Refusing %1: the token is only ever sent over HTTPS (plain HTTP is allowed for this computer&apos;s loopback address only).</source>
        <translation>%1 refusée : le jeton n’est envoyé qu’en HTTPS (le HTTP simple n’est autorisé que vers l’adresse de bouclage de cet ordinateur).</translation>
    </message>
</context>
<context>
    <name>Packhouse::SessionManager</name>
    <message>
        <source>it did not answer in time</source>
        <translation>il n’a pas répondu à temps</translation>
    </message>
    <message>
        <source>The token from the %1 could not be used. %2</source>
        <translation>Le jeton lu depuis %1 n’a pas pu être utilisé. %2</translation>
    </message>
    <message>
        <source>Sign in to %1 with a personal access token (classic).</source>
        <translation>Connectez-vous à %1 avec un jeton d’accès personnel (classique).</translation>
    </message>
    <message>
        <source>No token is stored for %1 on %2: sign in.</source>
        <translation>Aucun jeton n’est enregistré pour %1 sur %2 : connectez-vous.</translation>
    </message>
    <message>
        <source>The stored token for %1 on %2 could not be read (%3): sign in.</source>
        <translation>Le jeton enregistré pour %1 sur %2 n’a pas pu être lu (%3) : connectez-vous.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Your token is kept in memory only and is forgotten when Packhouse quits.</source>
        <translation>Aucun trousseau n’est disponible (%1). Votre jeton est gardé en mémoire seulement et oublié à la fermeture de Packhouse.</translation>
    </message>
    <message>
        <source>The token could not be saved in the keychain (%1). It is kept for this run only.</source>
        <translation>Le jeton n’a pas pu être enregistré dans le trousseau (%1). Il n’est gardé que pour cette session.</translation>
    </message>
</context>
<context>
    <name>Packhouse::SignInDialog</name>
    <message>
        <source>Remember in keychain</source>
        <translation>Mémoriser dans le trousseau</translation>
    </message>
    <message>
        <source>Keychain note</source>
        <translation>Note sur le trousseau</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Granted scopes</source>
        <translation>Étendues accordées</translation>
    </message>
    <message>
        <source>Browse</source>
        <extracomment>Names of the lines that say what the token allows (verbs): browse, delete, restore.</extracomment>
        <translation>Parcourir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Repository scope note</source>
        <translation>Note sur l’étendue repo</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Sign in to GitHub Packages</source>
        <translation>Connexion à GitHub Packages</translation>
    </message>
    <message>
        <source>github.com or https://ghe.example.com</source>
        <translation>github.com ou https://ghe.example.com</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>ghp_…</source>
        <translation>ghp_…</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Create a token</source>
        <translation>Créer un jeton</translation>
    </message>
    <message>
        <source>Token hint</source>
        <translation>Conseil sur le jeton</translation>
    </message>
    <message>
        <source>Use a personal access token (classic) with read:packages; add write:packages to restore and delete:packages to delete.</source>
        <translation>Utilisez un jeton d’accès personnel (classique) avec read:packages ; ajoutez write:packages pour restaurer et delete:packages pour supprimer.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton :</translation>
    </message>
    <message>
        <source>Create a token… (enter a valid host first)</source>
        <translation>Créer un jeton… (saisissez d’abord un hôte valide)</translation>
    </message>
    <message>
        <source>Create a token…</source>
        <translation>Créer un jeton…</translation>
    </message>
    <message>
        <source>No keychain is available, so the token is kept in memory only and forgotten when Packhouse quits.</source>
        <translation>Aucun trousseau n’est disponible : le jeton est gardé en mémoire seulement et oublié à la fermeture de Packhouse.</translation>
    </message>
    <message>
        <source>Enter a personal access token (classic).</source>
        <translation>Saisissez un jeton d’accès personnel (classique).</translation>
    </message>
    <message>
        <source>Checking the token with %1…</source>
        <translation>Vérification du jeton auprès de %1…</translation>
    </message>
    <message>
        <source>GitHub did not accept the token: %1</source>
        <translation>GitHub n’a pas accepté le jeton : %1</translation>
    </message>
    <message>
        <source>Could not reach %1 (%2). Check the host and your connection, then try again.</source>
        <translation>%1 est injoignable (%2). Vérifiez l’hôte et votre connexion, puis réessayez.</translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt; on %2</source>
        <translation>Connecté en tant que &lt;b&gt;%1&lt;/b&gt; sur %2</translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt; (%2) on %3</source>
        <translation>Connecté en tant que &lt;b&gt;%1&lt;/b&gt; (%2) sur %3</translation>
    </message>
    <message>
        <source>Granted scopes: none</source>
        <translation>Étendues accordées : aucune</translation>
    </message>
    <message>
        <source>Granted scopes: %1</source>
        <translation>Étendues accordées : %1</translation>
    </message>
    <message>
        <source>✗  %1 — needs %2</source>
        <translation>✗  %1 — nécessite %2</translation>
    </message>
    <message>
        <source>Browse packages and versions</source>
        <translation>Parcourir les paquets et les versions</translation>
    </message>
    <message>
        <source>Delete versions</source>
        <translation>Supprimer des versions</translation>
    </message>
    <message>
        <source>Restore deleted versions</source>
        <translation>Restaurer les versions supprimées</translation>
    </message>
    <message>
        <source>%1 packages also need the repo scope, which this token lacks.</source>
        <translation>Les paquets %1 nécessitent aussi l’étendue repo, qui manque à ce jeton.</translation>
    </message>
    <message>
        <source>&amp;Remember in keychain</source>
        <translation>&amp;Mémoriser dans le trousseau</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>C&amp;ontinuer</translation>
    </message>
</context>
<context>
    <name>Packhouse::SignInVerifier</name>
    <message>
        <source>No token was entered.</source>
        <translation>Aucun jeton n’a été saisi.</translation>
    </message>
    <message>
        <source>This is a fine-grained personal access token. GitHub Packages accepts only classic personal access tokens: create a classic token with the read:packages scope (and write:packages, delete:packages to restore and delete).</source>
        <translation>Ceci est un jeton d’accès personnel à granularité fine. GitHub Packages n’accepte que les jetons d’accès personnels classiques : créez un jeton classique avec l’étendue read:packages (et write:packages, delete:packages pour restaurer et supprimer).</translation>
    </message>
</context>
<context>
    <name>Packhouse::SizeChartWidget</name>
    <message numerus="yes">
        <source>%n other package(s)</source>
        <translation>
            <numerusform>%n autre paquet</numerusform>
            <numerusform>%n autres paquets</numerusform>
        </translation>
    </message>
    <message>
        <source>Size by package</source>
        <translation>Taille par paquet</translation>
    </message>
    <message>
        <source>Versions by package</source>
        <translation>Versions par paquet</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: nothing to show yet</source>
        <translation>%1 : rien à afficher pour l’instant</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, biggest first: %2</source>
        <translation>%1, du plus grand au plus petit : %2</translation>
    </message>
    <message>
        <source>No package has a size yet: scan the namespace.</source>
        <translation>Aucun paquet n’a encore de taille : analysez l’espace de noms.</translation>
    </message>
    <message>
        <source>No versions yet: scan the namespace.</source>
        <translation>Pas encore de versions : analysez l’espace de noms.</translation>
    </message>
    <message>
        <source>Registry size (1 MB = %1 bytes; shared layers counted once)</source>
        <translation>Taille dans le registre (1 Mo = %1 octets ; couches partagées comptées une fois)</translation>
    </message>
    <message>
        <source>Versions (GitHub&apos;s API gives no size for these packages)</source>
        <translation>Versions (l’API de GitHub ne donne pas de taille pour ces paquets)</translation>
    </message>
</context>
<context>
    <name>Packhouse::SsoNoticeBar</name>
    <message>
        <source>Authorize…</source>
        <translation>Autoriser…</translation>
    </message>
    <message>
        <source>I have authorized — Retry</source>
        <translation>C’est autorisé — Réessayer</translation>
    </message>
    <message>
        <source>Single sign-on notice</source>
        <translation>Avis d’authentification unique</translation>
    </message>
    <message>
        <source>Single sign-on message</source>
        <translation>Message d’authentification unique</translation>
    </message>
    <message>
        <source>Authorize</source>
        <translation>Autoriser</translation>
    </message>
    <message>
        <source>Retry after authorizing</source>
        <translation>Réessayer après autorisation</translation>
    </message>
    <message>
        <source>Hide this notice</source>
        <translation>Masquer cet avis</translation>
    </message>
    <message>
        <source>Close notice</source>
        <translation>Fermer l’avis</translation>
    </message>
    <message>
        <source>An organization uses SAML single sign-on: authorize your token for it to see its packages.</source>
        <translation>Une organisation utilise l’authentification unique SAML : autorisez votre jeton pour elle afin de voir ses paquets.</translation>
    </message>
    <message>
        <source>The organization &lt;b&gt;%1&lt;/b&gt; uses SAML single sign-on: authorize your token for it to see its packages.</source>
        <translation>L’organisation &lt;b&gt;%1&lt;/b&gt; utilise l’authentification unique SAML : autorisez votre jeton pour elle afin de voir ses paquets.</translation>
    </message>
</context>
<context>
    <name>Packhouse::TokenSource</name>
    <message>
        <source>standard input</source>
        <extracomment>Where the token came from, completing &quot;The token from the %1 could not be used.&quot;</extracomment>
        <translation>l’entrée standard</translation>
    </message>
    <message>
        <source>environment variable</source>
        <extracomment>Where the token came from, completing &quot;The token from the %1 could not be used.&quot;</extracomment>
        <translation>la variable d’environnement</translation>
    </message>
    <message>
        <source>keychain</source>
        <extracomment>Where the token came from, completing &quot;The token from the %1 could not be used.&quot;</extracomment>
        <translation>le trousseau</translation>
    </message>
    <message>
        <source>sign-in dialog</source>
        <extracomment>Where the token came from, completing &quot;The token from the %1 could not be used.&quot;</extracomment>
        <translation>la boîte de dialogue de connexion</translation>
    </message>
</context>
<context>
    <name>Packhouse::Translations</name>
    <message>
        <source>The language to use: %1 (default: the system&apos;s).</source>
        <translation>La langue à utiliser : %1 (par défaut : celle du système).</translation>
    </message>
</context>
<context>
    <name>Packhouse::VersionFilterBar</name>
    <message>
        <source>Filter tags: v1.*, pr-?, !latest</source>
        <translation>Filtrer les étiquettes : v1.*, pr-?, !latest</translation>
    </message>
    <message>
        <source>Filter versions</source>
        <translation>Filtrer les versions</translation>
    </message>
    <message>
        <source>Tags or names, comma separated; * and ? are wildcards, ! excludes (Ctrl+F)</source>
        <translation>Étiquettes ou noms, séparés par des virgules ; * et ? sont des jokers, ! exclut (Ctrl+F)</translation>
    </message>
    <message>
        <source>Tagged and untagged</source>
        <translation>Avec et sans étiquette</translation>
    </message>
    <message>
        <source>Tagged only</source>
        <extracomment>Container tags (&quot;latest&quot;): show only versions that have a tag.</extracomment>
        <translation>Avec étiquette seulement</translation>
    </message>
    <message>
        <source>Untagged only</source>
        <translation>Sans étiquette seulement</translation>
    </message>
    <message>
        <source>Tag state</source>
        <translation>État d’étiquetage</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Tout âge</translation>
    </message>
    <message>
        <source>Older than </source>
        <extracomment>Before the number of days in the filter&apos;s spin box: &quot;Older than 30 days&quot;.</extracomment>
        <translation>Plus de </translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <extracomment>After the number in the filter&apos;s spin box: &quot;Older than 30 days&quot;.</extracomment>
        <translation>
            <numerusform> jour</numerusform>
            <numerusform> jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Older than days</source>
        <translation>Ancienneté minimale (jours)</translation>
    </message>
    <message>
        <source>All releases</source>
        <translation>Toutes les versions</translation>
    </message>
    <message>
        <source>Pre-releases only</source>
        <translation>Préversions seulement</translation>
    </message>
    <message>
        <source>No pre-releases</source>
        <translation>Sans préversions</translation>
    </message>
    <message>
        <source>Pre-releases</source>
        <translation>Préversions</translation>
    </message>
</context>
<context>
    <name>Packhouse::VersionListing</name>
    <message>
        <source>the versions changed while they were listed (GitHub counts %1, %2 were received): reload when the package is quiet</source>
        <translation>les versions ont changé pendant leur listage (GitHub en compte %1, %2 ont été reçues) : rechargez quand le paquet ne bougera plus</translation>
    </message>
</context>
<context>
    <name>Packhouse::VersionTreeModel</name>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>SBOM</source>
        <translation>SBOM</translation>
    </message>
    <message>
        <source>Attestations</source>
        <translation>Attestations</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <source>Attestation of %1</source>
        <translation>Attestation de %1</translation>
    </message>
    <message>
        <source>Untagged (%1)</source>
        <translation>Sans étiquette (%1)</translation>
    </message>
    <message>
        <source>Other (%1)</source>
        <translation>Autres (%1)</translation>
    </message>
    <message>
        <source>%1.x</source>
        <translation>%1.x</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (manquant)</translation>
    </message>
    <message>
        <source>today</source>
        <extracomment>A version&apos;s age in the Age column.</extracomment>
        <translation>aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Missing: pulls of this image break</source>
        <translation>Manquant : la récupération de cette image échoue</translation>
    </message>
    <message>
        <source>Describes an image that is gone</source>
        <translation>Décrit une image disparue</translation>
    </message>
    <message>
        <source>Deleted · too late</source>
        <translation>Supprimée · trop tard</translation>
    </message>
    <message numerus="yes">
        <source>Deleted · %n day(s) left</source>
        <extracomment>A deleted version that GitHub can still restore for %n more days.</extracomment>
        <translation>
            <numerusform>Supprimée · encore %n jour</numerusform>
            <numerusform>Supprimée · encore %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Manifest unavailable</source>
        <translation>Manifeste indisponible</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Partagée</translation>
    </message>
    <message>
        <source>Also part of %1</source>
        <translation>Fait aussi partie de %1</translation>
    </message>
    <message>
        <source>Selected by the retention rule</source>
        <translation>Sélectionnée par la règle de rétention</translation>
    </message>
    <message>
        <source>Tags</source>
        <extracomment>Column header: a container image&apos;s tags (&quot;latest&quot;), else the version name.</extracomment>
        <translation>Étiquettes</translation>
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
        <translation>Créée</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The GitHub API to use (default: the last host signed in to, else github.com).</source>
        <translation>L’API GitHub à utiliser (par défaut : l’hôte de la dernière connexion, sinon github.com).</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in FILE (PEM), e.g. the private CA of a GitHub Enterprise Server.</source>
        <translation>Faire aussi confiance aux autorités de certification de FILE (PEM), par exemple l’autorité privée d’un GitHub Enterprise Server.</translation>
    </message>
    <message>
        <source>Read the token from standard input.</source>
        <translation>Lire le jeton sur l’entrée standard.</translation>
    </message>
    <message>
        <source>Render the window to FILE (a PNG) once the selection is loaded, then exit.</source>
        <translation>Rendre la fenêtre dans FILE (un PNG) une fois la sélection chargée, puis quitter.</translation>
    </message>
    <message>
        <source>Open NAMESPACE/TYPE/PACKAGE, e.g. acme/container/web.</source>
        <translation>Ouvrir NAMESPACE/TYPE/PACKAGE, par exemple acme/container/web.</translation>
    </message>
    <message>
        <source>Draw in Qt&apos;s Fusion style with its light or dark palette instead of the system&apos;s look (default: the system&apos;s).</source>
        <translation>Dessiner dans le style Fusion de Qt avec sa palette claire ou sombre au lieu de l’apparence du système (par défaut : celle du système).</translation>
    </message>
    <message>
        <source>Print start-up figures (first paint, memory once idle) and exit; for the benchmarks.</source>
        <translation>Afficher les mesures de démarrage (premier affichage, mémoire au repos) et quitter ; pour les bancs d’essai.</translation>
    </message>
    <message>
        <source>Browse, review, delete and restore GitHub Packages safely.
The token comes from --token-stdin, GH_TOKEN or GITHUB_TOKEN (GH_ENTERPRISE_TOKEN for GitHub Enterprise Server), the keychain, or the sign-in dialog.</source>
        <translation>Parcourez, vérifiez, supprimez et restaurez vos paquets GitHub Packages en toute sécurité.
Le jeton provient de --token-stdin, de GH_TOKEN ou GITHUB_TOKEN (GH_ENTERPRISE_TOKEN pour GitHub Enterprise Server), du trousseau ou de la boîte de dialogue de connexion.</translation>
    </message>
    <message>
        <source>--select wants NAMESPACE/TYPE/PACKAGE, e.g. acme/container/web</source>
        <translation>--select attend NAMESPACE/TYPE/PACKAGE, par exemple acme/container/web</translation>
    </message>
    <message>
        <source>--palette wants light or dark</source>
        <translation>--palette attend light ou dark</translation>
    </message>
    <message>
        <source>--ca-certificates: no PEM certificate in %1</source>
        <translation>--ca-certificates : aucun certificat PEM dans %1</translation>
    </message>
    <message>
        <source>--token-stdin: no token on standard input</source>
        <translation>--token-stdin : aucun jeton sur l’entrée standard</translation>
    </message>
    <message>
        <source>--api-url: %1</source>
        <translation>--api-url : %1</translation>
    </message>
    <message>
        <source>--token-stdin: standard input held no token</source>
        <translation>--token-stdin : l’entrée standard ne contenait aucun jeton</translation>
    </message>
    <message>
        <source>no token: pipe one to --token-stdin, or set GH_TOKEN or GITHUB_TOKEN (no account of %1 is remembered by the app)</source>
        <translation>aucun jeton : transmettez-en un à --token-stdin par un tube, ou définissez GH_TOKEN ou GITHUB_TOKEN (l’application ne connaît aucun compte sur %1)</translation>
    </message>
    <message>
        <source>no token for %1 in the keychain: %2</source>
        <translation>aucun jeton pour %1 dans le trousseau : %2</translation>
    </message>
    <message>
        <source>With --screenshot: what to show: window (default), review (the review of deleting the release before the newest multi-arch image), deleted (Show deleted), retention (the Retention rules panel) or overview (the namespace&apos;s Overview, scanned).</source>
        <translation>Avec --screenshot : ce qui est montré : window (par défaut), review (la vérification de la suppression de la version qui précède l’image multi-architecture la plus récente), deleted (Voir les supprimées), retention (le panneau Règles de rétention) ou overview (la vue d’ensemble de l’espace de noms, analysée).</translation>
    </message>
    <message>
        <source>--scene wants window, review, deleted, retention or overview</source>
        <translation>--scene attend window, review, deleted, retention ou overview</translation>
    </message>
    <message numerus="yes">
        <source>Scanning %n package(s) of %1…
</source>
        <translation>
            <numerusform>Analyse de %n paquet de %1…
</numerusform>
            <numerusform>Analyse de %n paquets de %1…
</numerusform>
        </translation>
    </message>
    <message>
        <source>--me: GitHub did not name the token&apos;s user: %1</source>
        <translation>--me : GitHub n’a pas indiqué l’utilisateur du jeton : %1</translation>
    </message>
</context>
</TS>
