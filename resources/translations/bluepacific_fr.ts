<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
    <context>
        <name>DashboardPage</name>
        <message>
            <source>People</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <source>Training sessions</source>
            <translation>Sessions de formation</translation>
        </message>
        <message>
            <source>Attendances</source>
            <translation>Participations</translation>
        </message>
        <message>
            <source>Capability reports</source>
            <translation>Rapports d'utilisation des capacités</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Engagements</source>
            <translation>Échanges</translation>
        </message>
        <message>
            <source>Records on this computer</source>
            <translation>Données sur cet ordinateur</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Tableau de bord</translation>
        </message>
        <message>
            <source>Country: %1</source>
            <translation>Pays : %1</translation>
        </message>
    </context>
    <context>
        <name>FirstStartDialog</name>
        <message>
            <source>Welcome to Blue Pacific Desktop</source>
            <translation>Bienvenue dans Blue Pacific Desktop</translation>
        </message>
        <message>
            <source>Choose the country whose records you keep on this computer. Everything works offline; you can connect to the regional hub later.</source>
            <translation>Choisissez le pays dont vous tenez les registres sur cet ordinateur. Tout fonctionne hors ligne ; vous pourrez vous connecter au serveur régional plus tard.</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>&amp;Pays :</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Connect to the hub</source>
            <translation>Connexion au serveur régional</translation>
        </message>
        <message>
            <source>Hub address</source>
            <translation>Adresse du serveur</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Nom d'utilisateur</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <source>Certificate authority file</source>
            <translation>Fichier d'autorité de certification</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source>Hub &amp;address:</source>
            <translation>&amp;Adresse du serveur :</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>Nom d'&amp;utilisateur :</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>Mot de &amp;passe :</translation>
        </message>
        <message>
            <source>Certificate &amp;authority (optional):</source>
            <translation>&amp;Autorité de certification (facultatif) :</translation>
        </message>
        <message>
            <source>Connecting to the hub…</source>
            <translation>Connexion au serveur…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Blue Pacific Desktop</source>
            <translation>Blue Pacific Desktop</translation>
        </message>
        <message>
            <source>Screens</source>
            <translation>Écrans</translation>
        </message>
        <message>
            <source>Go to screen %1</source>
            <translation>Aller à l'écran %1</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nouveau</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Imprimer</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Synchroniser maintenant</translation>
        </message>
    </context>
    <context>
        <name>RecordTableModel</name>
        <message>
            <source>Waiting to sync</source>
            <translation>En attente de synchronisation</translation>
        </message>
        <message>
            <source>Set aside: needs attention</source>
            <translation>Mis de côté : à vérifier</translation>
        </message>
        <message>
            <source>Conflict: needs a decision</source>
            <translation>Conflit : décision requise</translation>
        </message>
        <message>
            <source>On the hub since %1</source>
            <translation>Sur le serveur depuis le %1</translation>
        </message>
    </context>
    <context>
        <name>SyncController</name>
        <message>
            <source>Not connected to a hub</source>
            <translation>Non connecté à un serveur</translation>
        </message>
        <message>
            <source>Not synced yet in this session</source>
            <translation>Pas encore synchronisé pendant cette session</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Synchronisation…</translation>
        </message>
        <message>
            <source>Up to date</source>
            <translation>À jour</translation>
        </message>
        <message>
            <source>Some changes need your attention</source>
            <translation>Certaines modifications demandent votre attention</translation>
        </message>
        <message>
            <source>Sync could not start (%1). Nothing is lost; try again.</source>
            <translation>La synchronisation n'a pas pu démarrer (%1). Rien n'est perdu ; réessayez.</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>&amp;Connect to a hub…</source>
            <translation>Se &amp;connecter à un serveur…</translation>
        </message>
        <message>
            <source>&amp;Sync now (F5)</source>
            <translation>&amp;Synchroniser maintenant (F5)</translation>
        </message>
        <message>
            <source>Ca&amp;ncel</source>
            <translation>A&amp;nnuler</translation>
        </message>
        <message>
            <source>Sync &amp;automatically when a link is available</source>
            <translation>Synchroniser &amp;automatiquement dès qu'une connexion est disponible</translation>
        </message>
        <message>
            <source>Sync progress</source>
            <translation>Progression de la synchronisation</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Fiche</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>Ma version</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>Leur version</translation>
        </message>
        <message>
            <source>Keep &amp;mine</source>
            <translation>Garder &amp;ma version</translation>
        </message>
        <message>
            <source>Keep &amp;theirs</source>
            <translation>Garder &amp;leur version</translation>
        </message>
        <message>
            <source>Why the hub refused it</source>
            <translation>Motif du refus par le serveur</translation>
        </message>
        <message>
            <source>Send &amp;again (after fixing it)</source>
            <translation>&amp;Renvoyer (après correction)</translation>
        </message>
        <message>
            <source>Changed in two places: choose what to keep</source>
            <translation>Modifié à deux endroits : choisissez la version à garder</translation>
        </message>
        <message>
            <source>Refused by the hub: fix the record, then send again</source>
            <translation>Refusé par le serveur : corrigez la fiche, puis renvoyez-la</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <source>Hub: %1 (user %2)</source>
            <translation>Serveur : %1 (utilisateur %2)</translation>
        </message>
        <message>
            <source>Not connected to a hub. Everything works offline; connect when you have a link.</source>
            <translation>Non connecté à un serveur. Tout fonctionne hors ligne ; connectez-vous quand vous avez une connexion.</translation>
        </message>
        <message>
            <source>Last problem: %1</source>
            <translation>Dernier problème : %1</translation>
        </message>
        <message>
            <source>%1 of %2 changes sent, %3 records received, %4 kB sent</source>
            <translation>%1 modifications envoyées sur %2, %3 fiches reçues, %4 ko envoyés</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusWidget</name>
        <message>
            <source>Link state</source>
            <translation>État de la connexion</translation>
        </message>
        <message>
            <source>Changes waiting to sync</source>
            <translation>Modifications en attente de synchronisation</translation>
        </message>
        <message>
            <source>Last successful sync</source>
            <translation>Dernière synchronisation réussie</translation>
        </message>
        <message>
            <source>Offline (no hub set)</source>
            <translation>Hors ligne (aucun serveur configuré)</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Hors ligne</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Synchronisation…</translation>
        </message>
        <message>
            <source>Up to date</source>
            <translation>À jour</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>À vérifier</translation>
        </message>
        <message>
            <source>Sync error</source>
            <translation>Erreur de synchronisation</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting</source>
            <translation>
                <numerusform>%n modification en attente</numerusform>
                <numerusform>%n modifications en attente</numerusform>
            </translation>
        </message>
        <message>
            <source>Never synced</source>
            <translation>Jamais synchronisé</translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation>Dernière synchronisation : %1</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>Blue Pacific Desktop</source>
            <translation>Blue Pacific Desktop</translation>
        </message>
    </context>
</TS>