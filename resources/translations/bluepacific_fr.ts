<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
    <context>
        <name>Argparse</name>
        <message>
            <source>usage: </source>
            <translation>utilisation : </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>arguments positionnels </translation>
        </message>
        <message>
            <source>options</source>
            <translation>options </translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>afficher cette aide et quitter</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s : erreur : %(message)s
</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argument %(argument_name)s : %(message)s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>arguments non reconnus : %s</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>les arguments suivants sont obligatoires : %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>l'un des arguments %s est obligatoire</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>interdit avec l'argument %s</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>argument explicite ignoré : %r</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>un argument attendu</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>au plus un argument attendu</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>au moins un argument attendu</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>option ambiguë : %(option)s peut correspondre à %(matches)s</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>valeur %(type)s invalide : %(value)r</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>choix invalide : %(value)r (choisissez parmi %(choices)s)</translation>
        </message>
        <message>
            <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
            <translation>commande inconnue %(parser_name)r (choix : %(choices)s)</translation>
        </message>
        <message>
            <source>can't open '%(filename)s': %(error)s</source>
            <translation>impossible d'ouvrir « %(filename)s » : %(error)s</translation>
        </message>
        <message>
            <source>show program's version number and exit</source>
            <translation>afficher le numéro de version du programme et quitter</translation>
        </message>
    </context>
    <context>
        <name>Attendance</name>
        <message>
            <source>Present</source>
            <translation>Présent</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>En retard</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>Excusé</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Absent</translation>
        </message>
        <message>
            <source>Attendance status</source>
            <translation>Statut de présence</translation>
        </message>
    </context>
    <context>
        <name>AttendeesModel</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>Pre-test</source>
            <translation>Test avant</translation>
        </message>
        <message>
            <source>Post-test</source>
            <translation>Test après</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Certificat</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
        <message>
            <source>%1 (new)</source>
            <translation>%1 (nouveau)</translation>
        </message>
    </context>
    <context>
        <name>BackupsModel</name>
        <message>
            <source>Made</source>
            <translation>Créée le</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>Contrôle</translation>
        </message>
        <message>
            <source>%1 kB</source>
            <translation>%1 ko</translation>
        </message>
        <message>
            <source>This backup passed SQLite's integrity check when it was made.</source>
            <translation>Cette sauvegarde a passé le contrôle d'intégrité de SQLite lorsqu'elle a été faite.</translation>
        </message>
        <message>
            <source>This backup was not checked when it was made (an older version of Blue Pacific, or a copy kept before a restore), or it changed since.</source>
            <translation>Cette sauvegarde n'a pas été contrôlée lorsqu'elle a été faite (une version plus ancienne de Blue Pacific, ou une copie conservée avant une restauration), ou elle a changé depuis.</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Vérifiée</translation>
        </message>
        <message>
            <source>Not verified</source>
            <translation>Non vérifiée</translation>
        </message>
    </context>
    <context>
        <name>CapabilitiesPage</name>
        <message>
            <source>Find a month</source>
            <translation>Rechercher un mois</translation>
        </message>
        <message>
            <source>Type a month or a year (Ctrl+F)</source>
            <translation>Tapez un mois ou une année (Ctrl+F)</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Rechercher :</translation>
        </message>
        <message>
            <source>Reported months</source>
            <translation>Mois renseignés</translation>
        </message>
        <message>
            <source>&amp;Reported months (newest first):</source>
            <translation>Mois rensei&amp;gnés (du plus récent au plus ancien) :</translation>
        </message>
        <message>
            <source>&amp;New monthly report (Ctrl+N)</source>
            <translation>&amp;Nouveau rapport mensuel (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Open month</source>
            <translation>&amp;Ouvrir le mois</translation>
        </message>
        <message>
            <source>&amp;Delete month…</source>
            <translation>&amp;Supprimer le mois…</translation>
        </message>
        <message>
            <source>Monthly use of INTERPOL's capabilities: counts only, never names of people.</source>
            <translation>Utilisation mensuelle des capacités d'INTERPOL : des nombres seulement, jamais de noms de personnes.</translation>
        </message>
        <message>
            <source>Capabilities</source>
            <translation>Capacités</translation>
        </message>
        <message>
            <source>No reported month matches “%1”.</source>
            <translation>Aucun mois rapporté ne correspond à « %1 ».</translation>
        </message>
        <message>
            <source>Ne&amp;w monthly report</source>
            <translation>Nouveau rapport &amp;mensuel</translation>
        </message>
        <message>
            <source>Report the first &amp;month…</source>
            <translation>Rapporter le premier &amp;mois…</translation>
        </message>
        <message numerus="yes">
            <source>Delete the %n capability reports of %1?</source>
            <translation>
                <numerusform>Supprimer le rapport de capacité de %1 ?</numerusform>
                <numerusform>Supprimer les %n rapports de capacités de %1 ?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted %n reports of %1.</source>
            <translation>
                <numerusform>%n rapport de %1 supprimé.</numerusform>
                <numerusform>%n rapports de %1 supprimés.</numerusform>
            </translation>
        </message>
        <message>
            <source>Each month, record how often your unit used INTERPOL's capabilities: database searches and hits, notices and diffusions, messages and user accounts. Counts only, never names of people. No month is reported yet.</source>
            <translation>Chaque mois, notez combien de fois votre unité a utilisé les capacités d'INTERPOL : recherches dans les bases de données et concordances, notices et diffusions, messages et comptes d'utilisateurs. Des chiffres seulement, jamais de noms de personnes. Aucun mois n'est encore rapporté.</translation>
        </message>
    </context>
    <context>
        <name>CapabilityGridModel</name>
        <message>
            <source>Searches</source>
            <translation>Recherches</translation>
        </message>
        <message>
            <source>Hits</source>
            <translation>Concordances</translation>
        </message>
        <message>
            <source>Notices
requested</source>
            <translation>Notices
demandées</translation>
        </message>
        <message>
            <source>Diffusions
requested</source>
            <translation>Diffusions
demandées</translation>
        </message>
        <message>
            <source>Messages
exchanged</source>
            <translation>Messages
échangés</translation>
        </message>
        <message>
            <source>Active
accounts</source>
            <translation>Comptes
actifs</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Réseau</translation>
        </message>
        <message>
            <source>Databases</source>
            <translation>Bases de données</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>Accès</translation>
        </message>
        <message>
            <source>Notices and diffusions</source>
            <translation>Notices et diffusions</translation>
        </message>
        <message>
            <source>Support teams</source>
            <translation>Équipes de soutien</translation>
        </message>
        <message>
            <source>Learning</source>
            <translation>Formation</translation>
        </message>
        <message>
            <source>Capability</source>
            <translation>Capacité</translation>
        </message>
        <message>
            <source>Does not apply to this capability</source>
            <translation>Ne s'applique pas à cette capacité</translation>
        </message>
        <message numerus="yes">
            <source>%1, the last %n months:</source>
            <translation>
                <numerusform>%1, le dernier mois :</numerusform>
                <numerusform>%1, les %n derniers mois :</numerusform>
            </translation>
        </message>
        <message>
            <source>not reported</source>
            <translation>non déclaré</translation>
        </message>
    </context>
    <context>
        <name>CertificatesCommand</name>
        <message>
            <source>No certificate on this computer has the code %1.</source>
            <translation>Aucun certificat de cet ordinateur n'a le code %1.</translation>
        </message>
        <message>
            <source>No attendance of this session is marked completed with a certificate issued; nothing was written.</source>
            <translation>Aucune participation à cette session n'est marquée terminée avec certificat délivré ; rien n'a été écrit.</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %1 (%n certificates).</source>
            <translation>
                <numerusform>%1 écrit (%n certificat).</numerusform>
                <numerusform>%1 écrit (%n certificats).</numerusform>
            </translation>
        </message>
        <message>
            <source>No hub address is set on this computer: the certificates carry their codes without a QR code.</source>
            <translation>Aucune adresse de hub n'est définie sur cet ordinateur : les certificats portent leur code sans code QR.</translation>
        </message>
        <message>
            <source>revoked (%1)</source>
            <translation>révoqué (%1)</translation>
        </message>
        <message>
            <source>valid</source>
            <translation>valide</translation>
        </message>
        <message>
            <source>%1: %2, %3, %4 – %5, %6</source>
            <translation>%1 : %2, %3, %4 – %5, %6</translation>
        </message>
        <message>
            <source>Say why with --reason.</source>
            <translation>Dites pourquoi avec --reason.</translation>
        </message>
        <message>
            <source>%1 is revoked; the new certificate is %2.</source>
            <translation>%1 est révoqué ; le nouveau certificat est %2.</translation>
        </message>
    </context>
    <context>
        <name>CertificatesDialog</name>
        <message>
            <source>Certificates</source>
            <translation>Certificats</translation>
        </message>
        <message>
            <source>A certificate is issued for each attendee marked completed with a certificate, the first time it is printed; printing again prints the same code.</source>
            <translation>Un certificat est délivré à chaque participant marqué terminé avec certificat, la première fois qu'il est imprimé ; l'imprimer à nouveau imprime le même code.</translation>
        </message>
        <message>
            <source>Holder</source>
            <translation>Titulaire</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Certified attendees</source>
            <translation>Participants certifiés</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>Lettre US</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <source>&amp;Paper:</source>
            <translation>&amp;Papier :</translation>
        </message>
        <message>
            <source>Print &amp;all…</source>
            <translation>Imprimer &amp;tout…</translation>
        </message>
        <message>
            <source>Print &amp;selected…</source>
            <translation>Imprimer la &amp;sélection…</translation>
        </message>
        <message>
            <source>Why (required to revoke)</source>
            <translation>Pourquoi (obligatoire pour révoquer)</translation>
        </message>
        <message>
            <source>&amp;Revoke</source>
            <translation>&amp;Révoquer</translation>
        </message>
        <message>
            <source>Re-&amp;issue</source>
            <translation>Dé&amp;livrer à nouveau</translation>
        </message>
        <message>
            <source>The selected certificate</source>
            <translation>Le certificat sélectionné</translation>
        </message>
        <message>
            <source>Reas&amp;on:</source>
            <translation>Rais&amp;on :</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>not printed yet</source>
            <translation>pas encore imprimé</translation>
        </message>
        <message>
            <source>revoked</source>
            <translation>révoqué</translation>
        </message>
        <message>
            <source>valid</source>
            <translation>valide</translation>
        </message>
        <message>
            <source>No attendee of this session is marked completed with a certificate: tick both in the attendance list and save first.</source>
            <translation>Aucun participant à cette session n'est marqué terminé avec certificat : cochez les deux dans la liste des participants et enregistrez d'abord.</translation>
        </message>
        <message>
            <source>Save the certificates</source>
            <translation>Enregistrer les certificats</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message numerus="yes">
            <source>Saved %1 (%n certificates).</source>
            <translation>
                <numerusform>%1 enregistré (%n certificat).</numerusform>
                <numerusform>%1 enregistré (%n certificats).</numerusform>
            </translation>
        </message>
        <message>
            <source>Writing…</source>
            <translation>Écriture…</translation>
        </message>
        <message>
            <source>Say why the certificate is revoked.</source>
            <translation>Indiquez pourquoi le certificat est révoqué.</translation>
        </message>
        <message>
            <source>%1 is revoked.</source>
            <translation>%1 est révoqué.</translation>
        </message>
        <message>
            <source>%1 is revoked; the new certificate is %2.</source>
            <translation>%1 est révoqué ; le nouveau certificat est %2.</translation>
        </message>
        <message>
            <source>Nothing was done: %1</source>
            <translation>Rien n'a été fait : %1</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>warning: other users of this computer can open the data folder %1; the data file itself is private (0600), but keep the folder private too (chmod 700) or use another one.</source>
            <translation>attention : d'autres utilisateurs de cet ordinateur peuvent ouvrir le dossier de données %1 ; le fichier de données lui-même est privé (0600), mais gardez aussi le dossier privé (chmod 700) ou utilisez-en un autre.</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>attention : %1</translation>
        </message>
        <message>
            <source>There is no data file at %1 yet.</source>
            <translation>Il n'y a pas encore de fichier de données à l'emplacement %1.</translation>
        </message>
        <message>
            <source>The folder %1 does not exist; nothing was written.</source>
            <translation>Le dossier %1 n'existe pas ; rien n'a été écrit.</translation>
        </message>
        <message>
            <source>the data file could not be used (%1). Nothing was changed by the failed step.</source>
            <translation>le fichier de données n'a pas pu être utilisé (%1). L'étape qui a échoué n'a rien modifié.</translation>
        </message>
        <message>
            <source>interrupted; completed steps are saved.</source>
            <translation>interrompu ; les étapes terminées sont enregistrées.</translation>
        </message>
        <message>
            <source>unexpected error (%1); details are in the log file.</source>
            <translation>erreur inattendue (%1) ; les détails sont dans le fichier journal.</translation>
        </message>
        <message>
            <source>--demo opens the app; it takes no command.</source>
            <translation>--demo ouvre l'application ; cette option ne prend pas de commande.</translation>
        </message>
        <message>
            <source>cannot write the log (%1).</source>
            <translation>impossible d'écrire le journal (%1).</translation>
        </message>
    </context>
    <context>
        <name>CliHelp</name>
        <message>
            <source>upgrade, back up, check or restore the data file</source>
            <translation>mettre à niveau, sauvegarder, vérifier ou restaurer le fichier de données</translation>
        </message>
        <message>
            <source>bring the data file to this version's schema</source>
            <translation>mettre le fichier de données au schéma de cette version</translation>
        </message>
        <message>
            <source>copy the data file safely (works while the app runs)</source>
            <translation>copier le fichier de données en sécurité (fonctionne pendant que l'application tourne)</translation>
        </message>
        <message>
            <source>where to write the backup</source>
            <translation>où écrire la sauvegarde</translation>
        </message>
        <message>
            <source>SQLite integrity check and the sync outbox consistency check</source>
            <translation>vérification d'intégrité SQLite et vérification de cohérence de la file d'envoi</translation>
        </message>
        <message>
            <source>list the backups in the data folder, newest first, and which are checked</source>
            <translation>lister les sauvegardes du dossier de données, la plus récente d'abord, et celles qui sont vérifiées</translation>
        </message>
        <message>
            <source>replace the data file with a backup</source>
            <translation>remplacer le fichier de données par une sauvegarde</translation>
        </message>
        <message>
            <source>a backup made by 'db backup'</source>
            <translation>une sauvegarde faite par « db backup »</translation>
        </message>
        <message>
            <source>add realistic sample data for this computer's country</source>
            <translation>ajouter des données d'exemple réalistes pour le pays de cet ordinateur</translation>
        </message>
        <message>
            <source>Add sample people, training sessions with attendance, monthly capability reports, contacts and engagements, all queued for sync like real records.</source>
            <translation>Ajoute des personnes, des sessions de formation avec leurs participations, des rapports mensuels de capacités, des contacts et des échanges d'exemple, tous mis en attente de synchronisation comme de vrais enregistrements.</translation>
        </message>
        <message>
            <source>number of people, 1 to %1 (default %2)</source>
            <translation>nombre de personnes, de 1 à %1 (par défaut %2)</translation>
        </message>
        <message>
            <source>random seed: the same seed gives the same data (default %(default)s)</source>
            <translation>graine aléatoire : la même graine donne les mêmes données (par défaut %(default)s)</translation>
        </message>
        <message>
            <source>export records of one kind to CSV or JSON</source>
            <translation>exporter les enregistrements d'un type en CSV ou JSON</translation>
        </message>
        <message>
            <source>Write every record of one kind kept on this computer (deleted ones left out) to a file: CSV in UTF-8 with a byte-order mark, so Excel shows accents right, or JSON.</source>
            <translation>Écrit dans un fichier chaque enregistrement d'un type gardé sur cet ordinateur (sans les supprimés) : CSV en UTF-8 avec marque d'ordre des octets, pour qu'Excel affiche bien les accents, ou JSON.</translation>
        </message>
        <message>
            <source>which records</source>
            <translation>quels enregistrements</translation>
        </message>
        <message>
            <source>csv or json</source>
            <translation>csv ou json</translation>
        </message>
        <message>
            <source>file to write</source>
            <translation>fichier à écrire</translation>
        </message>
        <message>
            <source>import an attendance sheet or a contact list (CSV or Excel .xlsx)</source>
            <translation>importer une feuille de présence ou une liste de contacts (CSV ou Excel .xlsx)</translation>
        </message>
        <message>
            <source>Without --commit, a dry run: shows what would be created and every refused row. With --commit, writes everything in one go, or nothing if a row is refused.</source>
            <translation>Sans --commit, un essai : montre ce qui serait créé et chaque ligne refusée. Avec --commit, écrit tout d'un coup, ou rien si une ligne est refusée.</translation>
        </message>
        <message>
            <source>what the file holds</source>
            <translation>ce que contient le fichier</translation>
        </message>
        <message>
            <source>the .csv or .xlsx file</source>
            <translation>le fichier .csv ou .xlsx</translation>
        </message>
        <message>
            <source>write the records (all or nothing)</source>
            <translation>écrire les enregistrements (tout ou rien)</translation>
        </message>
        <message>
            <source>attendance: the existing training session the sheet is for (otherwise the sheet's course and date columns say)</source>
            <translation>présences : la session de formation existante à laquelle correspond la feuille (sinon, les colonnes de cours et de dates de la feuille le disent)</translation>
        </message>
        <message>
            <source>attendance: the course meant by a course name the catalogue does not know (the dry run proposes the closest); remembered on this computer after --commit</source>
            <translation>présences : le cours désigné par un nom que le catalogue ne connaît pas (l'essai propose les plus proches) ; retenu sur cet ordinateur après --commit</translation>
        </message>
        <message>
            <source>print JSON with stable keys</source>
            <translation>afficher du JSON aux clés stables</translation>
        </message>
        <message>
            <source>Project Blue Pacific records: training, INTERPOL capability use and regional contacts, offline first. With no command, the app's window opens.</source>
            <translation>Registres du projet Blue Pacific : formations, utilisation des capacités d'INTERPOL et contacts régionaux, d'abord hors ligne. Sans commande, la fenêtre de l'application s'ouvre.</translation>
        </message>
        <message>
            <source>folder of the data file (default: $%1, else the user's data folder)</source>
            <translation>dossier du fichier de données (par défaut : $%1, sinon le dossier de données de l'utilisateur)</translation>
        </message>
        <message>
            <source>the language of the messages (default: the one chosen for this computer, else the system's)</source>
            <translation>la langue des messages (par défaut : celle choisie pour cet ordinateur, sinon celle du système)</translation>
        </message>
        <message>
            <source>open the app with sample data and a local hub</source>
            <translation>ouvrir l'application avec des données d'exemple et un serveur local</translation>
        </message>
        <message>
            <source>write a report (training, capabilities, contacts, quarterly) as PDF or CSV</source>
            <translation>écrire un rapport (formations, capacités, contacts, trimestriel) en PDF ou CSV</translation>
        </message>
        <message>
            <source>Compute a report from the records on this computer and save it as a PDF (to print or send) or a CSV table (for Excel). Dates follow the country's own calendar. Without a period, the current quarter is used.</source>
            <translation>Calcule un rapport à partir des enregistrements de cet ordinateur et l'enregistre en PDF (à imprimer ou envoyer) ou en tableau CSV (pour Excel). Les dates suivent le calendrier du pays. Sans période, le trimestre en cours est utilisé.</translation>
        </message>
        <message>
            <source>which report</source>
            <translation>quel rapport</translation>
        </message>
        <message>
            <source>a calendar quarter, e.g. 2025Q3</source>
            <translation>un trimestre civil, par exemple 2025Q3</translation>
        </message>
        <message>
            <source>first day, YYYY-MM-DD</source>
            <translation>premier jour, AAAA-MM-JJ</translation>
        </message>
        <message>
            <source>last day, YYYY-MM-DD</source>
            <translation>dernier jour, AAAA-MM-JJ</translation>
        </message>
        <message>
            <source>training certificates: print, revoke, re-issue, verify</source>
            <translation>certificats de formation : imprimer, révoquer, délivrer à nouveau, vérifier</translation>
        </message>
        <message>
            <source>A certificate is issued for each attendance marked completed with its certificate issued. Its verification code and QR code lead to the hub's public verify page.</source>
            <translation>Un certificat est délivré pour chaque participation marquée terminée avec certificat délivré. Son code de vérification et son code QR mènent à la page publique de vérification du hub.</translation>
        </message>
        <message>
            <source>a session's certificates, one page each, as a PDF</source>
            <translation>les certificats d'une session, une page chacun, en PDF</translation>
        </message>
        <message>
            <source>only this attendance's certificate</source>
            <translation>seulement le certificat de cette participation</translation>
        </message>
        <message>
            <source>paper size</source>
            <translation>format du papier</translation>
        </message>
        <message>
            <source>write a PDF file</source>
            <translation>écrire un fichier PDF</translation>
        </message>
        <message>
            <source>revoke a certificate: the verify page then says so</source>
            <translation>révoquer un certificat : la page de vérification l'indique ensuite</translation>
        </message>
        <message>
            <source>why it is revoked</source>
            <translation>pourquoi il est révoqué</translation>
        </message>
        <message>
            <source>revoke a certificate and issue a new one from the records as they are now</source>
            <translation>révoquer un certificat et en délivrer un nouveau d'après les fiches telles qu'elles sont</translation>
        </message>
        <message>
            <source>why (default: re-issued)</source>
            <translation>pourquoi (par défaut : re-issued)</translation>
        </message>
        <message>
            <source>check a code against this computer's records</source>
            <translation>vérifier un code d'après les fiches de cet ordinateur</translation>
        </message>
        <message>
            <source>write a CSV file (UTF-8)</source>
            <translation>écrire un fichier CSV (UTF-8)</translation>
        </message>
        <message>
            <source>PDF language (default: the messages' language)</source>
            <translation>langue du PDF (par défaut : celle des messages)</translation>
        </message>
        <message>
            <source>PDF paper size</source>
            <translation>format de papier du PDF</translation>
        </message>
        <message>
            <source>contacts report only: list the contacts of one country (e.g. TO)</source>
            <translation>rapport des contacts seulement : lister les contacts d'un pays (par exemple TO)</translation>
        </message>
        <message>
            <source>submit a month's figures (runs the checks; figures locked once submitted)</source>
            <translation>soumettre les chiffres d'un mois (lance les vérifications ; chiffres verrouillés une fois soumis)</translation>
        </message>
        <message>
            <source>submit a nil return: nothing to report this month</source>
            <translation>soumettre un rapport néant : rien à signaler ce mois-ci</translation>
        </message>
        <message>
            <source>approve a submitted month (national approver)</source>
            <translation>approuver un mois soumis (approbateur national)</translation>
        </message>
        <message>
            <source>accept an approved month (regional team)</source>
            <translation>accepter un mois approuvé (équipe régionale)</translation>
        </message>
        <message>
            <source>send a month back to draft with a comment (national approver, regional team)</source>
            <translation>renvoyer un mois en brouillon avec un commentaire (approbateur national, équipe régionale)</translation>
        </message>
        <message>
            <source>reopen an accepted month with a reason (regional team)</source>
            <translation>rouvrir un mois accepté en donnant une raison (équipe régionale)</translation>
        </message>
        <message>
            <source>monthly returns: list, submit, approve, send back, history</source>
            <translation>rapports mensuels : lister, soumettre, approuver, renvoyer, historique</translation>
        </message>
        <message>
            <source>Each month of the country has one return: draft → submitted → approved → accepted, or sent back to draft with a comment. Changes made here work offline and reach the hub at the next sync.</source>
            <translation>Chaque mois du pays a un rapport : brouillon → soumis → approuvé → accepté, ou renvoyé en brouillon avec un commentaire. Les changements faits ici fonctionnent hors ligne et parviennent au serveur à la prochaine synchronisation.</translation>
        </message>
        <message>
            <source>every month with its state</source>
            <translation>chaque mois avec son état</translation>
        </message>
        <message>
            <source>only this year's months</source>
            <translation>seulement les mois de cette année</translation>
        </message>
        <message>
            <source>every country × the year's months, with the rates (a regional admin's computer; this year unless --year)</source>
            <translation>chaque pays × les mois de l’année, avec les taux (ordinateur d’un administrateur régional ; cette année sauf --year)</translation>
        </message>
        <message>
            <source>why (required to send back or reopen)</source>
            <translation>pourquoi (obligatoire pour renvoyer ou rouvrir)</translation>
        </message>
        <message>
            <source>confirm an unusual figure of capability CODE with a short explanation</source>
            <translation>confirmer un chiffre inhabituel de la capacité CODE par une courte explication</translation>
        </message>
        <message>
            <source>the month's training sessions are all recorded (locks them)</source>
            <translation>les sessions de formation du mois sont toutes saisies (les verrouille)</translation>
        </message>
        <message>
            <source>the month's engagements are all recorded (locks them)</source>
            <translation>les échanges du mois sont tous saisis (les verrouille)</translation>
        </message>
        <message>
            <source>give up this computer's action on a month that the hub refused (e.g. stale)</source>
            <translation>abandonner l'action de cet ordinateur sur un mois que le serveur a refusée (par exemple périmée)</translation>
        </message>
        <message>
            <source>who moved a month, when, from which device, and why</source>
            <translation>qui a fait avancer un mois, quand, depuis quel appareil et pourquoi</translation>
        </message>
        <message>
            <source>set up this computer for its country</source>
            <translation>configurer cet ordinateur pour son pays</translation>
        </message>
        <message>
            <source>Set up this computer for its country (one of the 11 Blue Pacific countries).</source>
            <translation>Configure cet ordinateur pour son pays (l'un des 11 pays de Blue Pacific).</translation>
        </message>
        <message>
            <source>country code, e.g. FJ</source>
            <translation>code du pays, par exemple FJ</translation>
        </message>
        <message>
            <source>language (default: en)</source>
            <translation>langue (par défaut : en)</translation>
        </message>
        <message>
            <source>this computer's time zone, one of the country's (e.g. Pacific/Kiritimati; default: the country's first); dates, months and deadlines here follow it</source>
            <translation>le fuseau horaire de cet ordinateur, l'un de ceux du pays (par exemple Pacific/Kiritimati ; par défaut le premier du pays) ; les dates, les mois et les échéances ici le suivent</translation>
        </message>
        <message>
            <source>show the data file, record counts and changes waiting to sync</source>
            <translation>afficher le fichier de données, le nombre d'enregistrements et les modifications en attente de synchronisation</translation>
        </message>
        <message>
            <source>connect this computer to the regional hub</source>
            <translation>connecter cet ordinateur au serveur régional</translation>
        </message>
        <message>
            <source>hub address, e.g. https://hub.example.org</source>
            <translation>adresse du serveur, par exemple https://hub.example.org</translation>
        </message>
        <message>
            <source>certificate authorities to trust</source>
            <translation>autorités de certification auxquelles se fier</translation>
        </message>
        <message>
            <source>base64 SHA-256 of the hub's public key (repeat for a backup key)</source>
            <translation>SHA-256 en base64 de la clé publique du serveur (à répéter pour une clé de secours)</translation>
        </message>
        <message>
            <source>forget this computer's hub access</source>
            <translation>oublier l'accès de cet ordinateur au serveur</translation>
        </message>
        <message>
            <source>first write the changes not yet on the hub to FILE (they stay queued)</source>
            <translation>écrire d'abord dans FICHIER les modifications pas encore sur le serveur (elles restent en attente)</translation>
        </message>
        <message>
            <source>send waiting changes to the hub and fetch updates</source>
            <translation>envoyer au serveur les modifications en attente et recevoir les mises à jour</translation>
        </message>
        <message>
            <source>print the outcome as JSON</source>
            <translation>afficher le résultat en JSON</translation>
        </message>
        <message>
            <source>retries after a link failure</source>
            <translation>nouvelles tentatives après une coupure de liaison</translation>
        </message>
        <message>
            <source>read the hub password from standard input (no keyring needed)</source>
            <translation>lire le mot de passe du serveur sur l'entrée standard (sans trousseau)</translation>
        </message>
        <message>
            <source>give up on a link that moves no data this long</source>
            <translation>abandonner une liaison qui ne transmet rien pendant ce temps</translation>
        </message>
        <message>
            <source>changes made in two places that need a decision</source>
            <translation>modifications faites à deux endroits qui demandent une décision</translation>
        </message>
        <message>
            <source>show the conflicts waiting for a decision</source>
            <translation>afficher les conflits en attente de décision</translation>
        </message>
        <message>
            <source>decide one conflict</source>
            <translation>trancher un conflit</translation>
        </message>
        <message>
            <source>a person's or contact's data: export everything, erase</source>
            <translation>les données d'une personne ou d'un contact : tout exporter, effacer</translation>
        </message>
        <message>
            <source>People's rights over their data: everything this computer holds about one person or contact, as a JSON file and a PDF; or their name and contact details erased everywhere the record went. ID is the person's or the contact's id.</source>
            <translation>Les droits des personnes sur leurs données : tout ce que cet ordinateur conserve sur une personne ou un contact, en fichier JSON et en PDF ; ou leur nom et leurs coordonnées effacés partout où la fiche est allée. ID est l'identifiant de la personne ou du contact.</translation>
        </message>
        <message>
            <source>everything held about one person or contact, JSON and PDF</source>
            <translation>tout ce qui est conservé sur une personne ou un contact, en JSON et en PDF</translation>
        </message>
        <message>
            <source>write a JSON file</source>
            <translation>écrire un fichier JSON</translation>
        </message>
        <message>
            <source>replace a person's or contact's name and contact details, here and on every copy</source>
            <translation>remplacer le nom et les coordonnées d'une personne ou d'un contact, ici et sur chaque copie</translation>
        </message>
        <message>
            <source>The record stays, nameless, so the counts still add up; the erase reaches the hub at the next sync and every device after it, and no older edit can undo it.</source>
            <translation>La fiche reste, sans nom, pour que les comptes tombent juste ; l'effacement part vers le hub à la prochaine synchronisation, puis vers chaque appareil, et aucune modification plus ancienne ne peut l'annuler.</translation>
        </message>
        <message>
            <source>keep the person's sex (the figures by sex stay as they are)</source>
            <translation>garder le sexe de la personne (les chiffres par sexe restent les mêmes)</translation>
        </message>
        <message>
            <source>keep the person's agency (a contact's organisation)</source>
            <translation>garder le service de la personne (l'organisme d'un contact)</translation>
        </message>
        <message>
            <source>yes, erase: it cannot be undone</source>
            <translation>oui, effacer : c'est irréversible</translation>
        </message>
        <message>
            <source>sign-in sheets: print a session's sheet to sign</source>
            <translation>feuilles d'émargement : imprimer la feuille d'une session à signer</translation>
        </message>
        <message>
            <source>A sign-in sheet lists a session's registered attendees with their row ids and has blank rows for walk-ins; its session code on every page brings the filled sheet back to the session with `import`.</source>
            <translation>Une feuille d'émargement liste les participants inscrits à une session avec leur numéro de ligne et laisse des lignes vides pour ceux qui viennent sans inscription ; son code de session, sur chaque page, ramène la feuille remplie à sa session avec `import`.</translation>
        </message>
        <message>
            <source>a session's sign-in sheet as a PDF and/or XLSX</source>
            <translation>la feuille d'émargement d'une session en PDF et/ou XLSX</translation>
        </message>
        <message>
            <source>the sheet's language (default: the messages' language)</source>
            <translation>langue de la feuille (par défaut : celle des messages)</translation>
        </message>
        <message>
            <source>write an Excel template to fill</source>
            <translation>écrire un modèle Excel à remplir</translation>
        </message>
    </context>
    <context>
        <name>CommentDialog</name>
        <message>
            <source>Comment</source>
            <translation>Commentaire</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>At most %1 characters (now %2).</source>
            <translation>%1 caractères au plus (actuellement %2).</translation>
        </message>
        <message>
            <source>A comment is required: say why.</source>
            <translation>Un commentaire est obligatoire : dites pourquoi.</translation>
        </message>
    </context>
    <context>
        <name>CompleteTicks</name>
        <message>
            <source>All of the month's &amp;training sessions are recorded</source>
            <translation>Toutes les sessions de &amp;formation du mois sont saisies</translation>
        </message>
        <message>
            <source>All of the month's &amp;engagements are recorded</source>
            <translation>Tous les é&amp;changes du mois sont saisis</translation>
        </message>
        <message>
            <source>Ticked: they are locked with the month, like its figures, until it is sent back.</source>
            <translation>Cochés : ils sont verrouillés avec le mois, comme ses chiffres, jusqu’à son renvoi.</translation>
        </message>
    </context>
    <context>
        <name>ConfirmDelete</name>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>This cannot be undone.</source>
            <translation>Cette action est définitive.</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>ConflictEditDialog</name>
        <message>
            <source>Decide what to keep</source>
            <translation>Choisir ce qu'il faut garder</translation>
        </message>
        <message>
            <source>This record was changed on this computer and elsewhere. For each field, write the value to keep.</source>
            <translation>Cette fiche a été modifiée sur cet ordinateur et ailleurs. Pour chaque champ, écrivez la valeur à garder.</translation>
        </message>
        <message>
            <source>Theirs: %1</source>
            <translation>Leur version : %1</translation>
        </message>
        <message>
            <source>Save the values you wrote for this conflict before closing?</source>
            <translation>Enregistrer les valeurs saisies pour ce conflit avant de fermer ?</translation>
        </message>
    </context>
    <context>
        <name>ContactEditor</name>
        <message>
            <source>Edit contact</source>
            <translation>Modifier le contact</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>Nouveau contact</translation>
        </message>
        <message>
            <source>Choose a type</source>
            <translation>Choisir un type</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <source>One per line, or separated by commas</source>
            <translation>Un par ligne, ou séparés par des virgules</translation>
        </message>
        <message>
            <source>With the country code, e.g. +679 331 2345</source>
            <translation>Avec l'indicatif du pays, p. ex. +679 331 2345</translation>
        </message>
        <message>
            <source>e.g. English, Fijian</source>
            <translation>p. ex. anglais, fidjien</translation>
        </message>
        <message>
            <source>&amp;I-24/7 secure channel available</source>
            <translation>Canal sécurisé &amp;I-24/7 disponible</translation>
        </message>
        <message>
            <source>Re&amp;view by:</source>
            <translation>Ré&amp;vision avant le :</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisation :</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Organisation t&amp;ype:</source>
            <translation>Type d'organis&amp;ation :</translation>
        </message>
        <message>
            <source>Organisation type</source>
            <translation>Type d'organisation</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Rôle :</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>Pa&amp;ys :</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>&amp;E-mails:</source>
            <translation>&amp;Courriels :</translation>
        </message>
        <message>
            <source>E-mails</source>
            <translation>Courriels</translation>
        </message>
        <message>
            <source>&amp;Phones:</source>
            <translation>Télé&amp;phones :</translation>
        </message>
        <message>
            <source>Phones</source>
            <translation>Téléphones</translation>
        </message>
        <message>
            <source>Lan&amp;guages:</source>
            <translation>Lan&amp;gues :</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Langues</translation>
        </message>
        <message>
            <source>I-24/7 secure channel</source>
            <translation>Canal sécurisé I-24/7</translation>
        </message>
        <message>
            <source>Set a review date</source>
            <translation>Fixer une date de révision</translation>
        </message>
        <message>
            <source>Review date</source>
            <translation>Date de révision</translation>
        </message>
        <message>
            <source>No&amp;tes:</source>
            <translation>No&amp;tes :</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Save the new contact before closing?</source>
            <translation>Enregistrer le nouveau contact avant de fermer ?</translation>
        </message>
        <message>
            <source>Save the changes to the contact «%1» before closing?</source>
            <translation>Enregistrer les modifications du contact « %1 » avant de fermer ?</translation>
        </message>
    </context>
    <context>
        <name>ContactPicker</name>
        <message>
            <source>Find a contact</source>
            <translation>Rechercher un contact</translation>
        </message>
        <message>
            <source>Type a name or organisation, then Enter</source>
            <translation>Tapez un nom ou une organisation, puis Entrée</translation>
        </message>
        <message>
            <source>Matching contacts</source>
            <translation>Contacts trouvés</translation>
        </message>
        <message>
            <source>Contacts involved</source>
            <translation>Contacts concernés</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Ajouter</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>Ret&amp;irer</translation>
        </message>
        <message>
            <source>&amp;Find a contact:</source>
            <translation>&amp;Rechercher un contact :</translation>
        </message>
        <message>
            <source>Chosen:</source>
            <translation>Choisis :</translation>
        </message>
        <message>
            <source>%1 — %2 (%3)</source>
            <translation>%1 — %2 (%3)</translation>
        </message>
    </context>
    <context>
        <name>ContactTableModel</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Phones</source>
            <translation>Téléphones</translation>
        </message>
        <message>
            <source>E-mails</source>
            <translation>Courriels</translation>
        </message>
        <message>
            <source>I-24/7</source>
            <translation>I-24/7</translation>
        </message>
        <message>
            <source>Review date</source>
            <translation>Date de révision</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Envoi</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>%1 – not reviewed for long</source>
            <translation>%1 – non révisé depuis longtemps</translation>
        </message>
        <message>
            <source>%1 – review due</source>
            <translation>%1 – révision à faire</translation>
        </message>
        <message numerus="yes">
            <source>Not reviewed for long: the review date passed more than %n months ago. Check these details with the contact, or erase them.</source>
            <translation>
                <numerusform>Non révisé depuis longtemps : la date de révision est passée depuis plus de %n mois. Vérifiez ces coordonnées avec le contact, ou effacez-les.</numerusform>
                <numerusform>Non révisé depuis longtemps : la date de révision est passée depuis plus de %n mois. Vérifiez ces coordonnées avec le contact, ou effacez-les.</numerusform>
            </translation>
        </message>
        <message>
            <source>Review due: the review date has passed. Check these details with the contact, then set a new review date.</source>
            <translation>Révision à faire : la date de révision est passée. Vérifiez ces coordonnées auprès du contact, puis fixez une nouvelle date de révision.</translation>
        </message>
    </context>
    <context>
        <name>ContactsPage</name>
        <message>
            <source>&amp;Directory</source>
            <translation>&amp;Annuaire</translation>
        </message>
        <message>
            <source>&amp;Engagements</source>
            <translation>&amp;Échanges</translation>
        </message>
        <message>
            <source>Import &amp;contact list…</source>
            <translation>Importer une liste de &amp;contacts…</translation>
        </message>
        <message>
            <source>Contacts &amp; engagements</source>
            <translation>Contacts et échanges</translation>
        </message>
    </context>
    <context>
        <name>ContactsScreen</name>
        <message>
            <source>Kept by %1's focal point: you can read this contact, but only they can change it.</source>
            <translation>Tenu par le point focal de %1 : vous pouvez consulter ce contact, mais seul ce point focal peut le modifier.</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Réunion</translation>
        </message>
        <message>
            <source>Information exchange</source>
            <translation>Échange d'informations</translation>
        </message>
        <message>
            <source>Joint operation</source>
            <translation>Opération conjointe</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>Atelier</translation>
        </message>
        <message>
            <source>Delete «%1»?</source>
            <translation>Supprimer « %1 » ?</translation>
        </message>
    </context>
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
            <source>This quarter</source>
            <translation>Ce trimestre</translation>
        </message>
        <message>
            <source>People trained</source>
            <translation>Personnes formées</translation>
        </message>
        <message>
            <source>Women trained</source>
            <translation>Femmes formées</translation>
        </message>
        <message>
            <source>Men trained</source>
            <translation>Hommes formés</translation>
        </message>
        <message>
            <source>Share of women</source>
            <translation>Part des femmes</translation>
        </message>
        <message>
            <source>Database searches</source>
            <translation>Recherches dans les bases de données</translation>
        </message>
        <message>
            <source>Hits</source>
            <translation>Concordances</translation>
        </message>
        <message>
            <source>Engagements with partners</source>
            <translation>Échanges avec les partenaires</translation>
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
            <source>Searches and hits per month, %1 – %2</source>
            <translation>Recherches et concordances par mois, %1 – %2</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Tableau de bord</translation>
        </message>
        <message>
            <source>Country: %1</source>
            <translation>Pays : %1</translation>
        </message>
    </context>
    <context>
        <name>DataBox</name>
        <message>
            <source>Your data</source>
            <translation>Vos données</translation>
        </message>
        <message>
            <source>Your records are kept in this folder: %1</source>
            <translation>Vos données sont conservées dans ce dossier : %1</translation>
        </message>
        <message>
            <source>Open the data &amp;folder</source>
            <translation>Ouvrir le &amp;dossier des données</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Sauvegarder maintenant</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Sauvegardes</translation>
        </message>
        <message>
            <source>Backups on this computer (ne&amp;west first):</source>
            <translation>Sauvegardes sur cet ordinateur (les plus &amp;récentes d'abord) :</translation>
        </message>
        <message>
            <source>&amp;Restore the chosen backup…</source>
            <translation>&amp;Restaurer la sauvegarde choisie…</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Sauvegarde en cours…</translation>
        </message>
        <message>
            <source>Backup written: %1</source>
            <translation>Sauvegarde écrite : %1</translation>
        </message>
        <message>
            <source>The backup could not be written: %1</source>
            <translation>La sauvegarde n'a pas pu être écrite : %1</translation>
        </message>
        <message>
            <source>Replace the records on this computer with the backup made %1? What was saved since then and not yet sent to the hub is lost; the present data file is kept in the backups folder first.</source>
            <translation>Remplacer les enregistrements de cet ordinateur par la sauvegarde faite le %1 ? Ce qui a été enregistré depuis et pas encore envoyé au serveur régional sera perdu ; le fichier de données actuel est d'abord conservé dans le dossier des sauvegardes.</translation>
        </message>
        <message>
            <source>This backup was not checked when it was made: it is checked now, before anything is replaced.</source>
            <translation>Cette sauvegarde n'a pas été contrôlée lorsqu'elle a été faite : elle est contrôlée maintenant, avant que rien ne soit remplacé.</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurer une sauvegarde</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>Restauration en cours…</translation>
        </message>
        <message>
            <source>The backup was restored. The previous data file was kept as %1. Records the hub holds are fetched again at the next sync.</source>
            <translation>La sauvegarde a été restaurée. L'ancien fichier de données a été conservé sous %1. Les enregistrements du serveur régional seront récupérés à nouveau à la prochaine synchronisation.</translation>
        </message>
        <message>
            <source>Blue Pacific is busy with this data file in another window (a restore may be under way). Try again in a moment. Nothing was changed.</source>
            <translation>Blue Pacific utilise ce fichier de données dans une autre fenêtre (une restauration est peut-être en cours). Réessayez dans un instant. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>Blue Pacific is open in another window (process %1). Close it, then restore. Nothing was changed.</source>
            <translation>Blue Pacific est ouvert dans une autre fenêtre (processus %1). Fermez-la, puis restaurez. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>The backup could not be restored: %1</source>
            <translation>La sauvegarde n'a pas pu être restaurée : %1</translation>
        </message>
    </context>
    <context>
        <name>DbCheck</name>
        <message>
            <source>SQLite integrity</source>
            <translation>intégrité SQLite</translation>
        </message>
        <message>
            <source>tables and columns match this version</source>
            <translation>tables et colonnes conformes à cette version</translation>
        </message>
        <message>
            <source>SQLite foreign keys</source>
            <translation>clés étrangères SQLite</translation>
        </message>
        <message>
            <source>queued changes refer to existing records</source>
            <translation>modifications en attente liées à des enregistrements existants</translation>
        </message>
        <message>
            <source>unsynced records have a queued change</source>
            <translation>modification en attente pour chaque enregistrement non synchronisé</translation>
        </message>
        <message>
            <source>confirmed records have no pending change</source>
            <translation>aucune modification en attente sur les enregistrements confirmés</translation>
        </message>
        <message>
            <source>references between records</source>
            <translation>liens entre enregistrements</translation>
        </message>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 et %n autre</numerusform>
                <numerusform>%1 et %n autres</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The data file is damaged: SQLite's integrity check found %n problems: %1.</source>
            <translation>
                <numerusform>Le fichier de données est endommagé : la vérification d'intégrité de SQLite a trouvé %n problème : %1.</numerusform>
                <numerusform>Le fichier de données est endommagé : la vérification d'intégrité de SQLite a trouvé %n problèmes : %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>The data file does not match this version of Blue Pacific: the table %1 is missing.</source>
            <translation>Le fichier de données ne correspond pas à cette version de Blue Pacific : la table %1 manque.</translation>
        </message>
        <message numerus="yes">
            <source>The data file does not match this version of Blue Pacific: the table %1 lacks the columns %2.</source>
            <translation>
                <numerusform>Le fichier de données ne correspond pas à cette version de Blue Pacific : il manque à la table %1 la colonne %2.</numerusform>
                <numerusform>Le fichier de données ne correspond pas à cette version de Blue Pacific : il manque à la table %1 les colonnes %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The data file does not match this version of Blue Pacific: the table %1 has columns this version does not know: %2.</source>
            <translation>
                <numerusform>Le fichier de données ne correspond pas à cette version de Blue Pacific : la table %1 a une colonne que cette version ne connaît pas : %2.</numerusform>
                <numerusform>Le fichier de données ne correspond pas à cette version de Blue Pacific : la table %1 a des colonnes que cette version ne connaît pas : %2.</numerusform>
            </translation>
        </message>
        <message>
            <source>Table %1 row %2 refers to a missing row of %3.</source>
            <translation>La ligne %2 de la table %1 renvoie à une ligne absente de %3.</translation>
        </message>
        <message numerus="yes">
            <source>… %n more foreign key problems.</source>
            <translation>
                <numerusform>… %n autre problème de clé étrangère.</numerusform>
                <numerusform>… %n autres problèmes de clés étrangères.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n queued changes are of an unknown kind: %1.</source>
            <translation>
                <numerusform>%n modification en attente est d'un type inconnu : %1.</numerusform>
                <numerusform>%n modifications en attente sont d'un type inconnu : %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n queued changes refer to a %1 that does not exist: outbox entries %2.</source>
            <translation>
                <numerusform>%n modification en attente renvoie à un enregistrement « %1 » qui n'existe pas : entrée %2 de la file d'envoi.</numerusform>
                <numerusform>%n modifications en attente renvoient à un enregistrement « %1 » qui n'existe pas : entrées %2 de la file d'envoi.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n %1 records were never sent to the hub and have no queued change, so they would never sync: %2.</source>
            <translation>
                <numerusform>%n enregistrement « %1 » n'a jamais été envoyé au serveur et n'a aucune modification en attente : il ne serait jamais synchronisé : %2.</numerusform>
                <numerusform>%n enregistrements « %1 » n'ont jamais été envoyés au serveur et n'ont aucune modification en attente : ils ne seraient jamais synchronisés : %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n %1 records are marked as confirmed by the hub while a change to them is still waiting to be sent: %2.</source>
            <translation>
                <numerusform>%n enregistrement « %1 » est marqué comme confirmé par le serveur alors qu'une modification attend encore d'être envoyée : %2.</numerusform>
                <numerusform>%n enregistrements « %1 » sont marqués comme confirmés par le serveur alors qu'une modification attend encore d'être envoyée : %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attendance rows belong to a training session that is missing or deleted: %1.</source>
            <translation>
                <numerusform>%n participation appartient à une session de formation absente ou supprimée : %1.</numerusform>
                <numerusform>%n participations appartiennent à une session de formation absente ou supprimée : %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attendance rows name a person who is missing or deleted: %1.</source>
            <translation>
                <numerusform>%n participation désigne une personne absente ou supprimée : %1.</numerusform>
                <numerusform>%n participations désignent une personne absente ou supprimée : %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n training sessions list a trainer who is missing or deleted: %1.</source>
            <translation>
                <numerusform>%n session de formation cite un formateur absent ou supprimé : %1.</numerusform>
                <numerusform>%n sessions de formation citent un formateur absent ou supprimé : %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n engagements involve a contact who is missing or deleted: %1.</source>
            <translation>
                <numerusform>%n échange concerne un contact absent ou supprimé : %1.</numerusform>
                <numerusform>%n échanges concernent un contact absent ou supprimé : %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>The check “%1” could not be run: %2.</source>
            <translation>La vérification « %1 » n'a pas pu être faite : %2.</translation>
        </message>
        <message>
            <source>Restore the newest good backup, %1 (made %2), with '%3'.</source>
            <translation>Restaurez la sauvegarde saine la plus récente, %1 (faite le %2), avec « %3 ».</translation>
        </message>
        <message>
            <source>No checked backup is on this computer: copy the data folder somewhere safe and ask the support desk before changing anything.</source>
            <translation>Aucune sauvegarde vérifiée n'est sur cet ordinateur : copiez le dossier de données en lieu sûr et demandez l'aide du support avant de modifier quoi que ce soit.</translation>
        </message>
    </context>
    <context>
        <name>DbCommand</name>
        <message>
            <source>The data file %1 is already at the newest schema (%2).</source>
            <translation>Le fichier de données %1 a déjà le schéma le plus récent (%2).</translation>
        </message>
        <message>
            <source>Upgraded the data file %1 from schema %2 to %3.</source>
            <translation>Fichier de données %1 mis à niveau du schéma %2 au schéma %3.</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no schema yet</comment>
            <translation>aucun</translation>
        </message>
        <message>
            <source>%1 already exists; choose another file name.</source>
            <translation>%1 existe déjà ; choisissez un autre nom de fichier.</translation>
        </message>
        <message>
            <source>Backup written to %1</source>
            <translation>Sauvegarde écrite dans %1</translation>
        </message>
        <message>
            <source>There are no backups in %1 yet.</source>
            <translation>Il n'y a pas encore de sauvegarde dans %1.</translation>
        </message>
        <message>
            <source>verified</source>
            <comment>a backup</comment>
            <translation>vérifiée</translation>
        </message>
        <message>
            <source>not verified</source>
            <comment>a backup</comment>
            <translation>non vérifiée</translation>
        </message>
        <message>
            <source>%1 kB</source>
            <translation>%1 ko</translation>
        </message>
        <message>
            <source>A verified backup passed SQLite's integrity check when it was made; one that is not verified was made by an older version or changed since.</source>
            <translation>Une sauvegarde vérifiée a passé la vérification d'intégrité de SQLite quand elle a été faite ; une sauvegarde non vérifiée a été faite par une version plus ancienne ou modifiée depuis.</translation>
        </message>
        <message numerus="yes">
            <source>All %n checks passed: %1.</source>
            <translation>
                <numerusform>%n vérification réussie : %1.</numerusform>
                <numerusform>Les %n vérifications ont réussi : %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>PROBLEM: %1</source>
            <translation>PROBLÈME : %1</translation>
        </message>
        <message numerus="yes">
            <source>db check found %n problems (listed above).</source>
            <translation>
                <numerusform>db check a trouvé %n problème (listé ci-dessus).</numerusform>
                <numerusform>db check a trouvé %n problèmes (listés ci-dessus).</numerusform>
            </translation>
        </message>
        <message>
            <source>That is the data file itself; choose a backup file.</source>
            <translation>C'est le fichier de données lui-même ; choisissez un fichier de sauvegarde.</translation>
        </message>
        <message>
            <source>Restored the data file %1 from %2 (schema %3).</source>
            <translation>Fichier de données %1 restauré depuis %2 (schéma %3).</translation>
        </message>
        <message>
            <source>The previous data file was kept at %1</source>
            <translation>L'ancien fichier de données a été conservé dans %1</translation>
        </message>
    </context>
    <context>
        <name>DemoCommand</name>
        <message>
            <source>“%1” is not a whole number</source>
            <translation>« %1 » n'est pas un nombre entier</translation>
        </message>
        <message>
            <source>%1 is out of range: choose between 1 and %2 people</source>
            <translation>%1 est hors limites : choisissez entre 1 et %2 personnes</translation>
        </message>
        <message>
            <source>%1: %2/%3</source>
            <translation>%1 : %2/%3</translation>
        </message>
        <message>
            <source>Added %1 people, %2 training sessions with %3 attendances, %4 capability reports, %5 contacts and %6 engagements in %7 s.</source>
            <translation>Ajouté en %7 s : %1 personnes, %2 sessions de formation avec %3 participations, %4 rapports de capacités, %5 contacts et %6 échanges.</translation>
        </message>
    </context>
    <context>
        <name>DirectoryTab</name>
        <message>
            <source>&amp;New contact…</source>
            <translation>&amp;Nouveau contact…</translation>
        </message>
        <message>
            <source>Name, organisation, e-mail or phone</source>
            <translation>Nom, organisation, courriel ou téléphone</translation>
        </message>
        <message>
            <source>Search contacts</source>
            <translation>Rechercher des contacts</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Country filter</source>
            <translation>Filtre par pays</translation>
        </message>
        <message>
            <source>Organisation type filter</source>
            <translation>Filtre par type d'organisation</translation>
        </message>
        <message>
            <source>Role filter</source>
            <translation>Filtre par rôle</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>&amp;Pays :</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation>&amp;Type :</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Rôle :</translation>
        </message>
        <message>
            <source>Due for re&amp;view only</source>
            <translation>À ré&amp;viser seulement</translation>
        </message>
        <message>
            <source>St&amp;ill correct</source>
            <translation>Toujours e&amp;xact</translation>
        </message>
        <message>
            <source>The details were checked: the next review date is set one interval from today</source>
            <translation>Les coordonnées ont été vérifiées : la prochaine révision est fixée à un intervalle d'aujourd'hui</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Tous</translation>
        </message>
        <message>
            <source>%1: still correct; next review %2.</source>
            <translation>%1 : toujours exact ; prochaine révision le %2.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts</source>
            <translation>
                <numerusform>%Ln contact</numerusform>
                <numerusform>%Ln contacts</numerusform>
            </translation>
        </message>
        <message>
            <source>No contact is called “%1”. Create a new contact?</source>
            <translation>Aucun contact ne s'appelle « %1 ». Créer un nouveau contact ?</translation>
        </message>
        <message>
            <source>&amp;Add %1 as a new contact…</source>
            <translation>&amp;Ajouter %1 comme nouveau contact…</translation>
        </message>
        <message>
            <source>No contact matches “%1”.</source>
            <translation>Aucun contact ne correspond à « %1 ».</translation>
        </message>
        <message>
            <source>No contact is due for review.</source>
            <translation>Aucun contact n'est à réviser.</translation>
        </message>
        <message>
            <source>No contact matches these filters.</source>
            <translation>Aucun contact ne correspond à ces filtres.</translation>
        </message>
        <message>
            <source>The directory holds the people you work with in other agencies and countries (NCB, TCU, PTCCC, customs, immigration…). No contact is recorded yet.</source>
            <translation>L'annuaire réunit les personnes avec qui vous travaillez dans d'autres services et pays (BCN, TCU, PTCCC, douanes, immigration…). Aucun contact n'est encore enregistré.</translation>
        </message>
        <message>
            <source>&amp;Add the first contact…</source>
            <translation>&amp;Ajouter le premier contact…</translation>
        </message>
    </context>
    <context>
        <name>DraftOffer</name>
        <message>
            <source>You were recording the session «%1» when Blue Pacific closed. Open it again?</source>
            <translation>Vous saisissiez la session « %1 » quand Blue Pacific s’est fermé. La rouvrir ?</translation>
        </message>
        <message>
            <source>You were recording the person «%1» when Blue Pacific closed. Open it again?</source>
            <translation>Vous saisissiez la personne « %1 » quand Blue Pacific s’est fermé. La rouvrir ?</translation>
        </message>
        <message>
            <source>You were recording the contact «%1» when Blue Pacific closed. Open it again?</source>
            <translation>Vous saisissiez le contact « %1 » quand Blue Pacific s’est fermé. Le rouvrir ?</translation>
        </message>
        <message>
            <source>You were recording the engagement «%1» when Blue Pacific closed. Open it again?</source>
            <translation>Vous saisissiez l’échange « %1 » quand Blue Pacific s’est fermé. Le rouvrir ?</translation>
        </message>
        <message>
            <source>You were recording the capability counts of %1 when Blue Pacific closed. Open them again?</source>
            <translation>Vous saisissiez les chiffres des capacités de %1 quand Blue Pacific s’est fermé. Les rouvrir ?</translation>
        </message>
        <message>
            <source>You were recording «%1» when Blue Pacific closed. Open it again?</source>
            <translation>Vous saisissiez « %1 » quand Blue Pacific s’est fermé. Le rouvrir ?</translation>
        </message>
        <message>
            <source>Unsaved work</source>
            <translation>Saisie non enregistrée</translation>
        </message>
        <message>
            <source>&amp;Open it again</source>
            <translation>&amp;Rouvrir</translation>
        </message>
        <message>
            <source>&amp;Discard it</source>
            <translation>&amp;Abandonner</translation>
        </message>
    </context>
    <context>
        <name>EngagementEditor</name>
        <message>
            <source>Edit engagement</source>
            <translation>Modifier l'échange</translation>
        </message>
        <message>
            <source>New engagement</source>
            <translation>Nouvel échange</translation>
        </message>
        <message>
            <source>Choose a kind</source>
            <translation>Choisir un type</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date :</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Time &amp;zone:</source>
            <translation>&amp;Fuseau horaire :</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Fuseau horaire</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Type :</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>S&amp;ummary:</source>
            <translation>Rés&amp;umé :</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <source>Contacts involved:</source>
            <translation>Contacts concernés :</translation>
        </message>
        <message>
            <source>Contacts involved</source>
            <translation>Contacts concernés</translation>
        </message>
        <message>
            <source>Recorded by %1's focal point: only they can change it.</source>
            <translation>Enregistré par le point focal de %1 : seul ce point focal peut le modifier.</translation>
        </message>
        <message>
            <source>Engagement</source>
            <translation>Échange</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 du %2</translation>
        </message>
        <message>
            <source>Save the changes to the engagement «%1» before closing?</source>
            <translation>Enregistrer les modifications de l’échange « %1 » avant de fermer ?</translation>
        </message>
    </context>
    <context>
        <name>EngagementTableModel</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Contacts involved</source>
            <translation>Contacts concernés</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Envoi</translation>
        </message>
    </context>
    <context>
        <name>EngagementsTab</name>
        <message>
            <source>&amp;New engagement…</source>
            <translation>&amp;Nouvel échange…</translation>
        </message>
        <message>
            <source>Words of the summary</source>
            <translation>Mots du résumé</translation>
        </message>
        <message>
            <source>Search engagements</source>
            <translation>Rechercher des échanges</translation>
        </message>
        <message>
            <source>Engagements</source>
            <translation>Échanges</translation>
        </message>
        <message>
            <source>Kind filter</source>
            <translation>Filtre par type</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Tous</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>À partir du</translation>
        </message>
        <message>
            <source>Until date</source>
            <translation>Jusqu'au</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Type :</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Du :</translation>
        </message>
        <message>
            <source>&amp;Until:</source>
            <translation>A&amp;u :</translation>
        </message>
        <message>
            <source>Any</source>
            <translation>Sans limite</translation>
        </message>
        <message numerus="yes">
            <source>%Ln engagements</source>
            <translation>
                <numerusform>%Ln échange</numerusform>
                <numerusform>%Ln échanges</numerusform>
            </translation>
        </message>
        <message>
            <source>No engagement mentions “%1”.</source>
            <translation>Aucun échange ne mentionne « %1 ».</translation>
        </message>
        <message>
            <source>No engagement matches these filters.</source>
            <translation>Aucun échange ne correspond à ces filtres.</translation>
        </message>
        <message>
            <source>Meetings, exchanges and joint operations with your contacts are recorded here. None is recorded yet.</source>
            <translation>Les réunions, échanges et opérations conjointes avec vos contacts sont enregistrés ici. Aucun n'est encore enregistré.</translation>
        </message>
        <message>
            <source>&amp;Record the first engagement…</source>
            <translation>&amp;Enregistrer le premier échange…</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 du %2</translation>
        </message>
    </context>
    <context>
        <name>EraseDialog</name>
        <message>
            <source>Erase this person</source>
            <translation>Effacer cette personne</translation>
        </message>
        <message>
            <source>Erase this contact</source>
            <translation>Effacer ce contact</translation>
        </message>
        <message>
            <source>Erase «%1»? The name, e-mail, phone, rank and position are replaced on this computer, on the hub and on every computer that has a copy. The record stays, nameless, so the figures still add up. This cannot be undone.</source>
            <translation>Effacer « %1 » ? Le nom, le courriel, le téléphone, le grade et la fonction sont remplacés sur cet ordinateur, sur le hub et sur chaque ordinateur qui en a une copie. La fiche reste, sans nom, pour que les chiffres tombent juste. C'est irréversible.</translation>
        </message>
        <message>
            <source>Erase «%1»? The name, e-mails, phones, languages and notes are replaced on this computer, on the hub and on every computer that has a copy. The organisation type, role and country stay, so the figures still add up. This cannot be undone.</source>
            <translation>Effacer « %1 » ? Le nom, les courriels, les téléphones, les langues et les notes sont remplacés sur cet ordinateur, sur le hub et sur chaque ordinateur qui en a une copie. Le type d'organisme, le rôle et le pays restent, pour que les chiffres tombent juste. C'est irréversible.</translation>
        </message>
        <message>
            <source>Keep the person's &amp;sex (the figures by sex stay)</source>
            <translation>Garder le &amp;sexe de la personne (les chiffres par sexe restent)</translation>
        </message>
        <message>
            <source>Keep the &amp;agency</source>
            <translation>Garder le &amp;service</translation>
        </message>
        <message>
            <source>Keep the &amp;organisation</source>
            <translation>Garder l'&amp;organisme</translation>
        </message>
        <message>
            <source>&amp;Erase</source>
            <translation>&amp;Effacer</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>ErrorWords</name>
        <message>
            <source>The network answered, but not the hub: this looks like a hotel or airport login page (or a filter). Open a web browser to log in to that network, then sync again.</source>
            <translation>Le réseau a répondu, mais pas le serveur : on dirait la page de connexion d'un hôtel ou d'un aéroport (ou un filtre). Ouvrez un navigateur pour vous connecter à ce réseau, puis synchronisez de nouveau.</translation>
        </message>
        <message>
            <source>The hub did not answer: there seems to be no link. Sync will try again later.</source>
            <translation>Le serveur n'a pas répondu : il semble n'y avoir aucune liaison. La synchronisation réessaiera plus tard.</translation>
        </message>
        <message>
            <source>No connection to the hub (the link is down or was cut). Sync will try again later.</source>
            <translation>Pas de connexion au serveur (la liaison est coupée ou a été interrompue). La synchronisation réessaiera plus tard.</translation>
        </message>
        <message numerus="yes">
            <source>The link stopped moving data for %n seconds. Sync will try again and continue where it stopped.</source>
            <translation>
                <numerusform>La liaison n'a transmis aucune donnée pendant %n seconde. La synchronisation réessaiera et reprendra là où elle s'est arrêtée.</numerusform>
                <numerusform>La liaison n'a transmis aucune donnée pendant %n secondes. La synchronisation réessaiera et reprendra là où elle s'est arrêtée.</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync was cancelled. Nothing is lost: it continues where it stopped next time.</source>
            <translation>La synchronisation a été annulée. Rien n'est perdu : elle reprendra là où elle s'est arrêtée la prochaine fois.</translation>
        </message>
        <message>
            <source>The hub is busy (%1). Sync waits and tries again.</source>
            <translation>Le serveur est occupé (%1). La synchronisation attend puis réessaie.</translation>
        </message>
        <message numerus="yes">
            <source>The hub is busy checking other sign-ins. Nothing was changed: log in again in %n seconds.</source>
            <translation>
                <numerusform>Le serveur est occupé à vérifier d'autres connexions. Rien n'a été modifié : reconnectez-vous dans %n seconde.</numerusform>
                <numerusform>Le serveur est occupé à vérifier d'autres connexions. Rien n'a été modifié : reconnectez-vous dans %n secondes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The hub stayed busy: this sync waited %n seconds in all and stopped. Nothing is lost: the changes stay queued and go with the next sync.</source>
            <translation>
                <numerusform>Le serveur est resté occupé : cette synchronisation a attendu %n seconde en tout et s'est arrêtée. Rien n'est perdu : les modifications restent en file et partiront avec la prochaine synchronisation.</numerusform>
                <numerusform>Le serveur est resté occupé : cette synchronisation a attendu %n secondes en tout et s'est arrêtée. Rien n'est perdu : les modifications restent en file et partiront avec la prochaine synchronisation.</numerusform>
            </translation>
        </message>
        <message>
            <source>The hub had a problem (HTTP %1). Sync will try again later.</source>
            <translation>Le serveur a rencontré un problème (HTTP %1). La synchronisation réessaiera plus tard.</translation>
        </message>
        <message>
            <source>The hub sent an answer this app cannot read. Sync will try again later.</source>
            <translation>Le serveur a envoyé une réponse que l'application ne sait pas lire. La synchronisation réessaiera plus tard.</translation>
        </message>
        <message>
            <source>The hub's answer was damaged on the way. Sync will try again.</source>
            <translation>La réponse du serveur a été abîmée en chemin. La synchronisation réessaiera.</translation>
        </message>
        <message>
            <source>The hub refused the request: %1</source>
            <translation>Le serveur a refusé la demande : %1</translation>
        </message>
        <message>
            <source>This version of Blue Pacific Desktop is too old for the hub. Install the newer version, then sync again.</source>
            <translation>Cette version de Blue Pacific Desktop est trop ancienne pour le serveur. Installez la nouvelle version, puis synchronisez de nouveau.</translation>
        </message>
        <message>
            <source>The hub could not be verified as genuine: its certificate is for another name than the hub address. Nothing was sent. Check the hub address, and the certificate authority file in Settings if your region uses one.</source>
            <translation>L'authenticité du serveur n'a pas pu être vérifiée : son certificat est établi pour un autre nom que l'adresse du serveur. Rien n'a été envoyé. Vérifiez l'adresse du serveur, et le fichier d'autorité de certification dans les Paramètres si votre région en utilise un.</translation>
        </message>
        <message>
            <source>The hub could not be verified as genuine: its certificate has expired. Nothing was sent. Check the hub address, and the certificate authority file in Settings if your region uses one.</source>
            <translation>L'authenticité du serveur n'a pas pu être vérifiée : son certificat a expiré. Rien n'a été envoyé. Vérifiez l'adresse du serveur, et le fichier d'autorité de certification dans les Paramètres si votre région en utilise un.</translation>
        </message>
        <message>
            <source>The hub could not be verified as genuine: its certificate is not signed by an authority this app trusts. Nothing was sent. Check the hub address, and the certificate authority file in Settings if your region uses one.</source>
            <translation>L'authenticité du serveur n'a pas pu être vérifiée : son certificat n'est pas signé par une autorité reconnue par l'application. Rien n'a été envoyé. Vérifiez l'adresse du serveur, et le fichier d'autorité de certification dans les Paramètres si votre région en utilise un.</translation>
        </message>
        <message>
            <source>The hub presented a different key than the one pinned in Settings. Someone may be intercepting the connection; nothing was sent.</source>
            <translation>Le serveur a présenté une autre clé que celle épinglée dans les Paramètres. Quelqu'un intercepte peut-être la connexion ; rien n'a été envoyé.</translation>
        </message>
        <message>
            <source>The certificate authority file %1 does not exist. Choose it again in Settings, or clear it to use the computer's usual authorities.</source>
            <translation>Le fichier d'autorité de certification %1 n'existe pas. Choisissez-le de nouveau dans les Paramètres, ou effacez-le pour utiliser les autorités habituelles de l'ordinateur.</translation>
        </message>
        <message>
            <source>“%1” is not a hub address. It should look like https://hub.example.org.</source>
            <translation>« %1 » n'est pas une adresse de serveur. Elle doit ressembler à https://hub.example.org.</translation>
        </message>
        <message>
            <source>The hub address %1 is not secure (http). Only https:// addresses are allowed, so that nobody on the network can read or change your records.</source>
            <translation>L'adresse du serveur %1 n'est pas sécurisée (http). Seules les adresses https:// sont admises, afin que personne sur le réseau ne puisse lire ni modifier vos enregistrements.</translation>
        </message>
        <message>
            <source>This hub account is for country %1, but this computer records for %2. Use the account of the focal point of %2.</source>
            <translation>Ce compte du serveur est celui du pays %1, mais cet ordinateur enregistre pour %2. Utilisez le compte du point focal de %2.</translation>
        </message>
        <message>
            <source>The hub did not accept this user name and password. Check them (they are case-sensitive) and try again.</source>
            <translation>Le serveur n'a pas accepté ce nom d'utilisateur et ce mot de passe. Vérifiez-les (majuscules et minuscules comptent) et réessayez.</translation>
        </message>
        <message>
            <source>Too many wrong passwords: the hub refuses logins for this user for a few minutes. Wait, then try again.</source>
            <translation>Trop de mots de passe erronés : le serveur refuse les connexions de cet utilisateur pendant quelques minutes. Patientez, puis réessayez.</translation>
        </message>
        <message>
            <source>The hub no longer accepts this computer's access (it was withdrawn or has expired). Log in again.</source>
            <translation>Le serveur n'accepte plus l'accès de cet ordinateur (il a été retiré ou a expiré). Reconnectez-vous.</translation>
        </message>
        <message>
            <source>The regional team withdrew this computer's access to the hub, so it cannot sync. Your records stay on this computer. Log in again, or ask the regional team why.</source>
            <translation>L’équipe régionale a retiré l’accès de cet ordinateur au hub, il ne peut donc plus synchroniser. Vos données restent sur cet ordinateur. Reconnectez-vous, ou demandez la raison à l’équipe régionale.</translation>
        </message>
        <message>
            <source>Your hub account was disabled by the regional team, so this computer cannot sync. Your changes not yet on the hub stay on this computer: you can still export them (bluepacific-desktop export, or logout --export FILE). Ask the regional team.</source>
            <translation>Votre compte sur le hub a été désactivé par l’équipe régionale, cet ordinateur ne peut donc plus synchroniser. Vos modifications pas encore envoyées au hub restent sur cet ordinateur : vous pouvez toujours les exporter (bluepacific-desktop export, ou logout --export FICHIER). Adressez-vous à l’équipe régionale.</translation>
        </message>
        <message>
            <source>The regional team asked for this computer's Blue Pacific data to be erased.</source>
            <translation>L’équipe régionale a demandé l’effacement des données Blue Pacific de cet ordinateur.</translation>
        </message>
        <message>
            <source>On the regional team's request, this computer's Blue Pacific data was erased: the data file, its backups and drafts, and the saved hub access. The app starts again as on a new computer.</source>
            <translation>À la demande de l’équipe régionale, les données Blue Pacific de cet ordinateur ont été effacées : le fichier de données, ses sauvegardes et brouillons, et l’accès au hub enregistré. L’application redémarre comme sur un nouvel ordinateur.</translation>
        </message>
        <message>
            <source>The regional team asked for this computer's Blue Pacific data to be erased, but it could not be done completely. Close the app and delete the folder %1.</source>
            <translation>L’équipe régionale a demandé l’effacement des données Blue Pacific de cet ordinateur, mais il n’a pas pu être fait entièrement. Fermez l’application et supprimez le dossier %1.</translation>
        </message>
        <message>
            <source>The regional team requires the data file of every computer to be encrypted, and this computer's is not yet. Sync still works; the app encrypts the file at its next start.</source>
            <translation>L’équipe régionale exige que le fichier de données de chaque ordinateur soit chiffré, et celui de cet ordinateur ne l’est pas encore. La synchronisation fonctionne toujours ; l’application chiffrera le fichier à son prochain démarrage.</translation>
        </message>
        <message>
            <source>This computer is not logged in to the hub. Log in first.</source>
            <translation>Cet ordinateur n'est pas connecté au serveur. Connectez-vous d'abord.</translation>
        </message>
        <message>
            <source>This computer is not connected to a hub yet. Connect in Settings, under Regional hub.</source>
            <translation>Cet ordinateur n'est encore relié à aucun serveur. Connectez-vous dans les Paramètres, sous Serveur régional.</translation>
        </message>
        <message>
            <source>No hub access is saved on this computer. Log in again.</source>
            <translation>Aucun accès au serveur n'est enregistré sur cet ordinateur. Reconnectez-vous.</translation>
        </message>
        <message>
            <source>This computer is not logged in to a hub; there is nothing to forget.</source>
            <translation>Cet ordinateur n'est connecté à aucun serveur ; il n'y a rien à oublier.</translation>
        </message>
        <message>
            <source>This computer has no secure password store (keyring), so the hub access cannot be saved. Nothing secret is written to a file; ask your regional team to set up the system's keyring.</source>
            <translation>Cet ordinateur n'a pas de coffre sécurisé pour les mots de passe (trousseau) : l'accès au serveur ne peut pas être enregistré. Rien de secret n'est écrit dans un fichier ; demandez à votre équipe régionale d'installer le trousseau du système.</translation>
        </message>
        <message>
            <source>Changes on this computer have not reached the hub yet. Sync them first (or export them) before using another hub or user.</source>
            <translation>Des modifications de cet ordinateur ne sont pas encore arrivées sur le serveur. Synchronisez-les d'abord (ou exportez-les) avant d'utiliser un autre serveur ou un autre utilisateur.</translation>
        </message>
        <message numerus="yes">
            <source>%n changes on this computer have not reached the hub yet. Sync first, or export them. Nothing was changed.</source>
            <translation>
                <numerusform>%n modification de cet ordinateur n'est pas encore arrivée sur le serveur. Synchronisez d'abord, ou exportez-la. Rien n'a été modifié.</numerusform>
                <numerusform>%n modifications de cet ordinateur ne sont pas encore arrivées sur le serveur. Synchronisez d'abord, ou exportez-les. Rien n'a été modifié.</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync stopped because of a problem on this computer (%1). Nothing is lost: the changes stay queued and go with the next sync. If it happens again, tell your regional team.</source>
            <translation>La synchronisation s'est arrêtée à cause d'un problème sur cet ordinateur (%1). Rien n'est perdu : les modifications restent en file et partiront avec la prochaine synchronisation. Si cela se reproduit, prévenez votre équipe régionale.</translation>
        </message>
        <message>
            <source>The backup was not kept: the copy failed SQLite's integrity check, so it would not restore. Nothing was replaced; ask your regional team to check the data file.</source>
            <translation>La sauvegarde n'a pas été conservée : la copie a échoué au contrôle d'intégrité de SQLite, elle ne pourrait donc pas être restaurée. Rien n'a été remplacé ; demandez à votre équipe régionale de vérifier le fichier de données.</translation>
        </message>
        <message>
            <source>The backup file %1 does not exist.</source>
            <translation>Le fichier de sauvegarde %1 n'existe pas.</translation>
        </message>
        <message>
            <source>The file %1 is not a Blue Pacific backup.</source>
            <translation>Le fichier %1 n'est pas une sauvegarde de Blue Pacific.</translation>
        </message>
        <message>
            <source>The backup file %1 is locked with a key this computer does not have (or it is not a Blue Pacific backup): only a backup made on this computer can be restored here.</source>
            <translation>La sauvegarde %1 est verrouillée par une clé que cet ordinateur n'a pas (ou ce n'est pas une sauvegarde Blue Pacific) : seule une sauvegarde faite sur cet ordinateur peut être restaurée ici.</translation>
        </message>
        <message>
            <source>The backup file %1 is damaged: it cannot be restored. Choose an older one.</source>
            <translation>Le fichier de sauvegarde %1 est endommagé : il ne peut pas être restauré. Choisissez-en un plus ancien.</translation>
        </message>
        <message>
            <source>%1 is a folder, not a file.</source>
            <translation>%1 est un dossier, pas un fichier.</translation>
        </message>
        <message>
            <source>%1 is empty: there is nothing to import.</source>
            <translation>%1 est vide : il n'y a rien à importer.</translation>
        </message>
        <message>
            <source>%1 is not a table. Choose the CSV file or the Excel or LibreOffice workbook that holds the list.</source>
            <translation>%1 n'est pas un tableau. Choisissez le fichier CSV ou le classeur Excel ou LibreOffice qui contient la liste.</translation>
        </message>
        <message>
            <source>%1 is not text this app can read (neither UTF-8 nor Windows-1252). Save it from Excel as “CSV UTF-8” and import it again.</source>
            <translation>%1 n'est pas un texte que l'application sait lire (ni UTF-8 ni Windows-1252). Enregistrez-le depuis Excel au format « CSV UTF-8 » et importez-le de nouveau.</translation>
        </message>
        <message>
            <source>The file has more than %1 rows: no attendance sheet or contact list is that long. Nothing was imported. Split it into smaller files and import each.</source>
            <translation>Le fichier a plus de %1 lignes : aucune feuille de présence ni liste de contacts n'est aussi longue. Rien n'a été importé. Découpez-le en fichiers plus petits et importez chacun d'eux.</translation>
        </message>
        <message>
            <source>%1 is protected by a password. Save a copy without the password and import that copy.</source>
            <translation>%1 est protégé par un mot de passe. Enregistrez-en une copie sans mot de passe et importez cette copie.</translation>
        </message>
        <message>
            <source>%1 is not an Excel .xlsx or LibreOffice .ods workbook this app can read.</source>
            <translation>%1 n'est pas un classeur Excel .xlsx ou LibreOffice .ods que l'application sait lire.</translation>
        </message>
        <message>
            <source>%1 is damaged or protected by a password. Open it in Excel or LibreOffice, save it again, and import the new file.</source>
            <translation>%1 est endommagé ou protégé par un mot de passe. Ouvrez-le dans Excel ou LibreOffice, enregistrez-le de nouveau et importez le nouveau fichier.</translation>
        </message>
        <message>
            <source>%1 was not read: it is far larger than any attendance sheet or contact list, and may have been made to overload the computer. Nothing was imported. If it is a real sheet, split it into smaller files or save it again as CSV.</source>
            <translation>%1 n'a pas été lu : il est bien plus gros que toute feuille de présence ou liste de contacts, et a peut-être été fait pour surcharger l'ordinateur. Rien n'a été importé. S'il s'agit d'une vraie feuille, découpez-la en fichiers plus petits ou enregistrez-la de nouveau en CSV.</translation>
        </message>
        <message>
            <source>The file is empty: there is no contact list to import.</source>
            <translation>Le fichier est vide : il n'y a aucune liste de contacts à importer.</translation>
        </message>
        <message>
            <source>The file is empty: there is no attendance sheet to import.</source>
            <translation>Le fichier est vide : il n'y a aucune feuille de présence à importer.</translation>
        </message>
        <message>
            <source>This file is not a contact list: no column headers this app knows were found in its first lines. It needs at least these columns: %1.</source>
            <translation>Ce fichier n'est pas une liste de contacts : aucun en-tête de colonne connu de l'application n'a été trouvé dans ses premières lignes. Il lui faut au moins ces colonnes : %1.</translation>
        </message>
        <message>
            <source>This file is not an attendance sheet: no column headers this app knows were found in its first lines. It needs at least these columns: %1.</source>
            <translation>Ce fichier n'est pas une feuille de présence : aucun en-tête de colonne connu de l'application n'a été trouvé dans ses premières lignes. Il lui faut au moins ces colonnes : %1.</translation>
        </message>
        <message>
            <source>This contact list has no column for: %1. Add it and import again.</source>
            <translation>Cette liste de contacts n'a pas de colonne pour : %1. Ajoutez-la et importez de nouveau.</translation>
        </message>
        <message>
            <source>This attendance sheet has no column for: %1. Add it and import again.</source>
            <translation>Cette feuille de présence n'a pas de colonne pour : %1. Ajoutez-la et importez de nouveau.</translation>
        </message>
        <message>
            <source>No course with code %1 exists on this computer: write one of %2.</source>
            <translation>Aucune formation de code %1 n'existe sur cet ordinateur : écrivez l'un de ces codes : %2.</translation>
        </message>
        <message>
            <source>No training session with id %1 exists on this computer.</source>
            <translation>Aucune session de formation d'identifiant %1 n'existe sur cet ordinateur.</translation>
        </message>
        <message>
            <source>“%1” is not a session code: check it against the sheet's header.</source>
            <translation>« %1 » n'est pas un code de session : vérifiez-le d'après l'en-tête de la feuille.</translation>
        </message>
        <message>
            <source>No training session on this computer has the code %1: this sign-in sheet was printed on another computer, or its session was deleted. Nothing was imported.</source>
            <translation>Aucune session de formation de cet ordinateur n'a le code %1 : cette feuille d'émargement a été imprimée sur un autre ordinateur, ou sa session a été supprimée. Rien n'a été importé.</translation>
        </message>
        <message>
            <source>This sign-in sheet is of the session with the code %1 (%2), not of the session chosen. Nothing was imported.</source>
            <translation>Cette feuille d'émargement est celle de la session au code %1 (%2), pas de la session choisie. Rien n'a été importé.</translation>
        </message>
        <message>
            <source>This sign-in sheet's session code is not one of this computer's sessions. Nothing was imported.</source>
            <translation>Le code de session de cette feuille d'émargement n'est celui d'aucune session de cet ordinateur. Rien n'a été importé.</translation>
        </message>
        <message>
            <source>The record %1 is not on this computer (it may have been deleted meanwhile). Nothing was changed.</source>
            <translation>L'enregistrement %1 n'est pas sur cet ordinateur (il a peut-être été supprimé entre-temps). Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>This computer is not set up yet. Choose its country first: bluepacific-desktop init --country CC (for example FJ), or start the app.</source>
            <translation>Cet ordinateur n'est pas encore configuré. Choisissez d'abord son pays : bluepacific-desktop init --country CC (par exemple FJ), ou démarrez l'application.</translation>
        </message>
        <message>
            <source>The data file %1 was made by a newer version of Blue Pacific Desktop. Install that newer version to open it. Nothing was changed.</source>
            <translation>Le fichier de données %1 a été créé par une version plus récente de Blue Pacific Desktop. Installez cette version pour l'ouvrir. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>The data file %1 cannot be read: it may be damaged. Restore a backup with 'bluepacific-desktop db restore FILE'.</source>
            <translation>Le fichier de données %1 ne peut pas être lu : il est peut-être endommagé. Restaurez une sauvegarde avec « bluepacific-desktop db restore FICHIER ».</translation>
        </message>
        <message>
            <source>The data file %1 is not a database (it may be damaged). Restore a backup with 'bluepacific-desktop db restore FILE'.</source>
            <translation>Le fichier de données %1 n'est pas une base de données (il est peut-être endommagé). Restaurez une sauvegarde avec « bluepacific-desktop db restore FICHIER ».</translation>
        </message>
        <message>
            <source>This data file is locked with a key this computer does not have (%1), so it cannot be opened here (or it is damaged). Open it on the computer that made it, or restore a backup made on this computer with 'bluepacific-desktop db restore FILE'.</source>
            <translation>Ce fichier de données est verrouillé par une clé que cet ordinateur n'a pas (%1) : il ne peut pas être ouvert ici (ou il est endommagé). Ouvrez-le sur l'ordinateur qui l'a créé, ou restaurez une sauvegarde faite sur cet ordinateur avec « bluepacific-desktop db restore FICHIER ».</translation>
        </message>
        <message>
            <source>The data file %1 is locked with a passphrase (this computer has no keyring), and nothing here can ask for it. Start the app, or run a command in a terminal, to type it.</source>
            <translation>Le fichier de données %1 est verrouillé par une phrase secrète (cet ordinateur n'a pas de trousseau), et rien ici ne peut la demander. Démarrez l'application, ou lancez une commande dans un terminal, pour la saisir.</translation>
        </message>
        <message>
            <source>The data file %1 stays locked: no passphrase was given.</source>
            <translation>Le fichier de données %1 reste verrouillé : aucune phrase secrète n'a été saisie.</translation>
        </message>
        <message>
            <source>The data file %1 stays locked: the passphrase given was wrong.</source>
            <translation>Le fichier de données %1 reste verrouillé : la phrase secrète saisie était fausse.</translation>
        </message>
        <message>
            <source>The data file in %1 could not be encrypted: the encrypted copy did not hold the same records. Nothing was changed; the plain file is kept.</source>
            <translation>Le fichier de données de %1 n'a pas pu être chiffré : la copie chiffrée ne contenait pas les mêmes enregistrements. Rien n'a été modifié ; le fichier non chiffré est conservé.</translation>
        </message>
        <message>
            <source>The key file %1 beside the data file is damaged, so the data file cannot be unlocked. Restore it from a copy of the data folder.</source>
            <translation>Le fichier de clé %1 à côté du fichier de données est endommagé : le fichier de données ne peut pas être déverrouillé. Restaurez-le depuis une copie du dossier de données.</translation>
        </message>
        <message>
            <source>The data file %1 is damaged. Records that can still be read can be exported and printed, but nothing can be saved into it or backed up from it. No checked backup is on this computer: copy the data folder somewhere safe and ask the support desk before changing anything.</source>
            <translation>Le fichier de données %1 est endommagé. Les enregistrements encore lisibles peuvent être exportés et imprimés, mais rien ne peut y être enregistré ni sauvegardé à partir de lui. Aucune sauvegarde vérifiée n'est sur cet ordinateur : copiez le dossier de données en lieu sûr et demandez conseil au support avant de modifier quoi que ce soit.</translation>
        </message>
        <message>
            <source>The data file %1 is damaged. Records that can still be read can be exported and printed, but nothing can be saved into it or backed up from it. Restore the newest good backup, %2 (made %3), with 'bluepacific-desktop db restore "%2"'.</source>
            <translation>Le fichier de données %1 est endommagé. Les enregistrements encore lisibles peuvent être exportés et imprimés, mais rien ne peut y être enregistré ni sauvegardé à partir de lui. Restaurez la sauvegarde valide la plus récente, %2 (faite le %3), avec « bluepacific-desktop db restore '%2' ».</translation>
        </message>
        <message>
            <source>The data file %1 does not match this version of Blue Pacific. Nothing was changed. Restore a backup ('bluepacific-desktop db restore FILE') or ask the support desk; 'bluepacific-desktop db check' lists every difference.</source>
            <translation>Le fichier de données %1 ne correspond pas à cette version de Blue Pacific. Rien n'a été modifié. Restaurez une sauvegarde (« bluepacific-desktop db restore FICHIER ») ou demandez au support ; « bluepacific-desktop db check » liste toutes les différences.</translation>
        </message>
        <message>
            <source>Blue Pacific is busy with this data file in another window (a restore may be under way). Try again in a moment. Nothing was changed.</source>
            <translation>Blue Pacific utilise ce fichier de données dans une autre fenêtre (une restauration est peut-être en cours). Réessayez dans un instant. Rien n'a été modifié.</translation>
        </message>
        <message numerus="yes">
            <source>Blue Pacific is open in %n other windows or commands (processes %1). Close them, then restore. Nothing was changed.</source>
            <translation>
                <numerusform>Blue Pacific est ouvert dans %n autre fenêtre ou commande (processus %1). Fermez-la, puis restaurez. Rien n'a été modifié.</numerusform>
                <numerusform>Blue Pacific est ouvert dans %n autres fenêtres ou commandes (processus %1). Fermez-les, puis restaurez. Rien n'a été modifié.</numerusform>
            </translation>
        </message>
        <message>
            <source>The disk is full: %1 free for %2. Records can be read, exported and printed, but nothing can be saved until some space is freed.</source>
            <translation>Le disque est plein : %1 libres pour %2. Les enregistrements peuvent être lus, exportés et imprimés, mais rien ne peut être enregistré tant que de la place n'a pas été libérée.</translation>
        </message>
        <message>
            <source>The disk is full: %1 free for %2. Nothing was replaced: free some space (or choose another disk) and try again.</source>
            <translation>Le disque est plein : %1 libres pour %2. Rien n'a été remplacé : libérez de la place (ou choisissez un autre disque) et réessayez.</translation>
        </message>
        <message>
            <source>The data folder cannot be written: check its permissions (%1). Records can be read, exported and printed, but nothing can be saved.</source>
            <translation>Le dossier de données n'est pas accessible en écriture : vérifiez ses autorisations (%1). Les enregistrements peuvent être lus, exportés et imprimés, mais rien ne peut être enregistré.</translation>
        </message>
        <message>
            <source>This folder cannot be written: check its permissions, or choose another folder (%1). Nothing was replaced.</source>
            <translation>Ce dossier n'est pas accessible en écriture : vérifiez ses autorisations ou choisissez un autre dossier (%1). Rien n'a été remplacé.</translation>
        </message>
        <message>
            <source>%1 bytes</source>
            <translation>%1 octets</translation>
        </message>
    </context>
    <context>
        <name>ExportCommand</name>
        <message numerus="yes">
            <source>Wrote %n %1 records to %2.</source>
            <translation>
                <numerusform>%n enregistrement « %1 » écrit dans %2.</numerusform>
                <numerusform>%n enregistrements « %1 » écrits dans %2.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FieldErrors</name>
        <message>
            <source>Problem</source>
            <translation>Problème</translation>
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
            <translation>Choisissez le pays dont vous tenez les registres sur cet ordinateur. Tout fonctionne hors ligne ; vous pourrez vous connecter au serveur régional plus tard.</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Time zone of this computer</source>
            <translation>Fuseau horaire de cet ordinateur</translation>
        </message>
        <message>
            <source>&amp;Time zone:</source>
            <translation>&amp;Fuseau horaire :</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>&amp;Pays :</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <source>Connect to the &amp;hub now (optional)</source>
            <translation>Se connecter au &amp;serveur régional maintenant (facultatif)</translation>
        </message>
        <message>
            <source>The hub access is kept in the system's keyring, never in a file.</source>
            <translation>L'accès au serveur est conservé dans le trousseau du système, jamais dans un fichier.</translation>
        </message>
    </context>
    <context>
        <name>HubBox</name>
        <message>
            <source>Regional hub</source>
            <translation>Serveur régional</translation>
        </message>
        <message>
            <source>&amp;Connect…</source>
            <translation>&amp;Connexion…</translation>
        </message>
        <message>
            <source>Log &amp;out</source>
            <translation>Se déconnec&amp;ter</translation>
        </message>
        <message>
            <source>&amp;Export the waiting changes and log out…</source>
            <translation>E&amp;xporter les modifications en attente et se déconnecter…</translation>
        </message>
        <message>
            <source>Certificate authority file</source>
            <translation>Fichier d'autorité de certification</translation>
        </message>
        <message>
            <source>None: the computer's usual certificates</source>
            <translation>Aucune : les certificats habituels de l'ordinateur</translation>
        </message>
        <message>
            <source>Certificate a&amp;uthority:</source>
            <translation>A&amp;utorité de certification :</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>C&amp;hoisir…</translation>
        </message>
        <message>
            <source>Clea&amp;r</source>
            <translation>Effac&amp;er</translation>
        </message>
        <message>
            <source>Sync &amp;automatically when a link is available</source>
            <translation>Synchroniser &amp;automatiquement dès qu'une connexion est disponible</translation>
        </message>
        <message>
            <source>Hub: %1 · User: %2</source>
            <translation>Serveur : %1 · Utilisateur : %2</translation>
        </message>
        <message>
            <source>Not connected to a hub. Everything works offline.</source>
            <translation>Non connecté à un serveur régional. Tout fonctionne hors ligne.</translation>
        </message>
        <message>
            <source>Connected. The hub access is kept in the system's keyring.</source>
            <translation>Connecté. L'accès au serveur est conservé dans le trousseau du système.</translation>
        </message>
        <message>
            <source>Logging out…</source>
            <translation>Déconnexion…</translation>
        </message>
        <message numerus="yes">
            <source>Logged out: the hub access was removed from this computer. %Ln waiting changes exported to %1; they stay queued for the next login. The file holds personal data: keep it where only the people who need it can open it.</source>
            <translation>
                <numerusform>Déconnecté : l'accès au serveur a été retiré de cet ordinateur. %Ln modification en attente exportée vers %1 ; elle reste en file pour la prochaine connexion. Le fichier contient des données personnelles : gardez-le là où seules les personnes qui en ont besoin peuvent l'ouvrir.</numerusform>
                <numerusform>Déconnecté : l'accès au serveur a été retiré de cet ordinateur. %Ln modifications en attente exportées vers %1 ; elles restent en file pour la prochaine connexion. Le fichier contient des données personnelles : gardez-le là où seules les personnes qui en ont besoin peuvent l'ouvrir.</numerusform>
            </translation>
        </message>
        <message>
            <source>Logged out: the hub access was removed from this computer.</source>
            <translation>Déconnecté : l'accès au serveur a été retiré de cet ordinateur.</translation>
        </message>
        <message>
            <source>waiting-changes.json</source>
            <comment>the default file name: no spaces, no accents</comment>
            <translation>modifications-en-attente.json</translation>
        </message>
        <message>
            <source>Export the waiting changes (the file contains personal data)</source>
            <translation>Exporter les modifications en attente (le fichier contient des données personnelles)</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>Fichiers JSON (*.json)</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
            <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Certificate authority saved: it is used from the next sync.</source>
            <translation>Autorité de certification enregistrée : elle sera utilisée dès la prochaine synchronisation.</translation>
        </message>
        <message>
            <source>Certificate authority cleared.</source>
            <translation>Autorité de certification retirée.</translation>
        </message>
    </context>
    <context>
        <name>HubLoginForm</name>
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
            <translation>&amp;Adresse du serveur :</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>Nom d'&amp;utilisateur :</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>Mot de &amp;passe :</translation>
        </message>
        <message>
            <source>Certificate &amp;authority (optional):</source>
            <translation>&amp;Autorité de certification (facultatif) :</translation>
        </message>
    </context>
    <context>
        <name>ImportCommand</name>
        <message>
            <source>Checking rows: %1 of %2 (%3 %)</source>
            <translation>Vérification des lignes : %1 sur %2 (%3 %)</translation>
        </message>
        <message>
            <source>%1 applies to attendance sheets only.</source>
            <translation>%1 ne s'applique qu'aux feuilles de présence.</translation>
        </message>
        <message numerus="yes">
            <source>%n rows refused; nothing was written.</source>
            <translation>
                <numerusform>%n ligne refusée ; rien n'a été écrit.</numerusform>
                <numerusform>%n lignes refusées ; rien n'a été écrit.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rows refused; nothing would be written.</source>
            <translation>
                <numerusform>%n ligne refusée ; rien ne serait écrit.</numerusform>
                <numerusform>%n lignes refusées ; rien ne serait écrit.</numerusform>
            </translation>
        </message>
        <message>
            <source>the course is not settled: choose it with --course CODE; nothing was written.</source>
            <translation>le cours n'est pas fixé : choisissez-le avec --course CODE ; rien n'a été écrit.</translation>
        </message>
        <message>
            <source>the course is not settled: choose it with --course CODE; nothing would be written.</source>
            <translation>le cours n'est pas fixé : choisissez-le avec --course CODE ; rien ne serait écrit.</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>Ligne %1 : %2</translation>
        </message>
        <message>
            <source>%1 may be %2. A new person will be created.</source>
            <translation>%1 est peut-être %2. Une nouvelle personne sera créée.</translation>
        </message>
        <message>
            <source>Course “%1” (line %2) is not a course name: it may be %3.</source>
            <translation>Le cours « %1 » (ligne %2) n'est pas un nom de cours : c'est peut-être %3.</translation>
        </message>
        <message numerus="yes">
            <source>Course “%1” (%n rows from line %2) is not a course name: it may be %3.</source>
            <translation>
                <numerusform>Le cours « %1 » (%n ligne à partir de la ligne %2) n'est pas un nom de cours : c'est peut-être %3.</numerusform>
                <numerusform>Le cours « %1 » (%n lignes à partir de la ligne %2) n'est pas un nom de cours : c'est peut-être %3.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Created: %n contacts.</source>
            <translation>
                <numerusform>Créé : %n contact.</numerusform>
                <numerusform>Créés : %n contacts.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Would create: %n contacts.</source>
            <translation>
                <numerusform>L'import créerait : %n contact.</numerusform>
                <numerusform>L'import créerait : %n contacts.</numerusform>
            </translation>
        </message>
        <message>
            <source>Already in the directory, left out: %1.</source>
            <translation>Déjà dans l'annuaire, laissés de côté : %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n new people</source>
            <translation>
                <numerusform>%n nouvelle personne</numerusform>
                <numerusform>%n nouvelles personnes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new training sessions</source>
            <translation>
                <numerusform>%n nouvelle session de formation</numerusform>
                <numerusform>%n nouvelles sessions de formation</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attendances</source>
            <translation>
                <numerusform>%n participation</numerusform>
                <numerusform>%n participations</numerusform>
            </translation>
        </message>
        <message>
            <source>Created: %1.</source>
            <translation>Créé : %1.</translation>
        </message>
        <message>
            <source>Would create: %1.</source>
            <translation>L'import créerait : %1.</translation>
        </message>
        <message>
            <source>Reused: %1 and %2 already on this computer.</source>
            <translation>Repris : %1 et %2 déjà sur cet ordinateur.</translation>
        </message>
        <message numerus="yes">
            <source>%n people</source>
            <translation>
                <numerusform>%n personne</numerusform>
                <numerusform>%n personnes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sessions</source>
            <translation>
                <numerusform>%n session</numerusform>
                <numerusform>%n sessions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Filled in: %n registered attendees.</source>
            <translation>
                <numerusform>Complété : %n participant inscrit.</numerusform>
                <numerusform>Complétés : %n participants inscrits.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Would fill in: %n registered attendees.</source>
            <translation>
                <numerusform>Serait complété : %n participant inscrit.</numerusform>
                <numerusform>Seraient complétés : %n participants inscrits.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %n rows read (headers on line %2).</source>
            <translation>
                <numerusform>%1 : %n ligne lue (en-têtes à la ligne %2).</numerusform>
                <numerusform>%1 : %n lignes lues (en-têtes à la ligne %2).</numerusform>
            </translation>
        </message>
        <message>
            <source>Columns not used: %1.</source>
            <translation>Colonnes non utilisées : %1.</translation>
        </message>
        <message>
            <source>Notes on the sheet (check them): %1</source>
            <translation>Remarques sur la feuille (à vérifier) : %1</translation>
        </message>
        <message>
            <source>Courses to choose: %1</source>
            <translation>Cours à choisir : %1</translation>
        </message>
        <message>
            <source>Doubtful matches (check them): %1</source>
            <translation>Correspondances douteuses (à vérifier) : %1</translation>
        </message>
        <message>
            <source>Left out: %1</source>
            <translation>Laissées de côté : %1</translation>
        </message>
        <message>
            <source>Refused rows: %1</source>
            <translation>Lignes refusées : %1</translation>
        </message>
        <message>
            <source>Nothing was written: correct the refused rows and import again.</source>
            <translation>Rien n'a été écrit : corrigez les lignes refusées et importez de nouveau.</translation>
        </message>
        <message>
            <source>Nothing was written: say which course the sheet is for (--course CODE) and import again.</source>
            <translation>Rien n'a été écrit : indiquez à quel cours correspond la feuille (--course CODE) et importez de nouveau.</translation>
        </message>
        <message>
            <source>This was a dry run; nothing was written. Add --commit to import.</source>
            <translation>Ceci était un essai ; rien n'a été écrit. Ajoutez --commit pour importer.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import an attendance sheet</source>
            <translation>Importer une feuille de présence</translation>
        </message>
        <message>
            <source>Import a contact list</source>
            <translation>Importer une liste de contacts</translation>
        </message>
        <message>
            <source>File to import</source>
            <translation>Fichier à importer</translation>
        </message>
        <message>
            <source>C&amp;hoose a file…</source>
            <translation>C&amp;hoisir un fichier…</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Fichier :</translation>
        </message>
        <message>
            <source>Rows checked</source>
            <translation>Lignes vérifiées</translation>
        </message>
        <message>
            <source>Choose a CSV, Excel (.xlsx) or LibreOffice (.ods) file. Nothing is written until you press Import.</source>
            <translation>Choisissez un fichier CSV, Excel (.xlsx) ou LibreOffice (.ods). Rien n'est enregistré avant que vous appuyiez sur Importer.</translation>
        </message>
        <message>
            <source>Course of the sheet</source>
            <translation>Formation de la feuille</translation>
        </message>
        <message>
            <source>&amp;Use this course</source>
            <translation>&amp;Utiliser cette formation</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Colonne</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>In the sheet</source>
            <translation>Dans la feuille</translation>
        </message>
        <message>
            <source>May be</source>
            <translation>Peut-être</translation>
        </message>
        <message>
            <source>Refused rows</source>
            <translation>Lignes refusées</translation>
        </message>
        <message>
            <source>Doubtful matches</source>
            <translation>Correspondances douteuses</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importer</translation>
        </message>
        <message>
            <source>The sheet «%1» is checked but not imported yet. Import it before closing?</source>
            <translation>La feuille « %1 » est vérifiée mais pas encore importée. L'importer avant de fermer ?</translation>
        </message>
        <message>
            <source>The course you chose for this sheet is not remembered until the sheet is imported. Import it before closing?</source>
            <translation>La formation choisie pour cette feuille n'est retenue qu'une fois la feuille importée. L'importer avant de fermer ?</translation>
        </message>
        <message>
            <source>New people</source>
            <translation>Nouvelles personnes</translation>
        </message>
        <message>
            <source>New training sessions</source>
            <translation>Nouvelles sessions de formation</translation>
        </message>
        <message>
            <source>Attendances</source>
            <translation>Participations</translation>
        </message>
        <message>
            <source>Registered attendees filled in (sign-in sheet)</source>
            <translation>Participants inscrits complétés (feuille d'émargement)</translation>
        </message>
        <message>
            <source>People already on this computer (reused)</source>
            <translation>Personnes déjà sur cet ordinateur (reprises)</translation>
        </message>
        <message>
            <source>Sessions already on this computer (reused)</source>
            <translation>Sessions déjà sur cet ordinateur (reprises)</translation>
        </message>
        <message>
            <source>New contacts</source>
            <translation>Nouveaux contacts</translation>
        </message>
        <message>
            <source>Already in the directory (left out)</source>
            <translation>Déjà dans l'annuaire (laissés de côté)</translation>
        </message>
        <message>
            <source>Sheets (*.csv *.xlsx *.ods);;All files (*)</source>
            <translation>Feuilles (*.csv *.xlsx *.ods);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Reading and checking the file…</source>
            <translation>Lecture et vérification du fichier…</translation>
        </message>
        <message>
            <source>%1 of %2 rows</source>
            <translation>%1 lignes sur %2</translation>
        </message>
        <message numerus="yes">
            <source>The course “%1” (%Ln rows) is not a course name this app knows. Choose the course it means; it is remembered on this computer for the next sheets.</source>
            <translation>
                <numerusform>La formation « %1 » (%Ln ligne) n'est pas un nom de formation connu de l'application. Choisissez la formation qu'elle désigne ; ce choix est retenu sur cet ordinateur pour les prochaines feuilles.</numerusform>
                <numerusform>La formation « %1 » (%Ln lignes) n'est pas un nom de formation connu de l'application. Choisissez la formation qu'elle désigne ; ce choix est retenu sur cet ordinateur pour les prochaines feuilles.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Rows refused: %Ln. Correct them in the sheet and choose it again: nothing is imported while a row is refused.</source>
            <translation>
                <numerusform>%Ln ligne refusée. Corrigez-la dans la feuille et choisissez-la de nouveau : rien n'est importé tant qu'une ligne est refusée.</numerusform>
                <numerusform>%Ln lignes refusées. Corrigez-les dans la feuille et choisissez-la de nouveau : rien n'est importé tant qu'une ligne est refusée.</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose the course of this sheet, then press Use this course.</source>
            <translation>Choisissez la formation de cette feuille, puis appuyez sur Utiliser cette formation.</translation>
        </message>
        <message>
            <source>There is nothing new to import in this file.</source>
            <translation>Ce fichier ne contient rien de nouveau à importer.</translation>
        </message>
        <message>
            <source>Ready: press Import to write these records.</source>
            <translation>Prêt : appuyez sur Importer pour enregistrer ces fiches.</translation>
        </message>
        <message>
            <source>Created:</source>
            <translation>Créé :</translation>
        </message>
        <message>
            <source>The import will create:</source>
            <translation>L'importation créera :</translation>
        </message>
        <message>
            <source>Notes on the sheet (check them):</source>
            <translation>Remarques sur la feuille (vérifiez-les) :</translation>
        </message>
        <message>
            <source>Refused rows: %1</source>
            <translation>Lignes refusées : %1</translation>
        </message>
        <message>
            <source>Doubtful matches (a new person is created; check them): %1</source>
            <translation>Correspondances douteuses (une nouvelle personne est créée ; vérifiez-les) : %1</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importation…</translation>
        </message>
        <message>
            <source>Imported. The records wait in the outbox for the next sync.</source>
            <translation>Importé. Les fiches attendent la prochaine synchronisation.</translation>
        </message>
        <message>
            <source>Nothing was imported: rows were refused.</source>
            <translation>Rien n'a été importé : des lignes ont été refusées.</translation>
        </message>
        <message>
            <source>This file cannot be imported: %1</source>
            <translation>Ce fichier ne peut pas être importé : %1</translation>
        </message>
        <message>
            <source>The file cannot be read: %1</source>
            <translation>Le fichier ne peut pas être lu : %1</translation>
        </message>
        <message>
            <source>Nothing was imported (%1).</source>
            <translation>Rien n'a été importé (%1).</translation>
        </message>
    </context>
    <context>
        <name>ImportWords</name>
        <message>
            <source>Lines %1–%2, column %3: one merged cell holds “%4”; it was taken for each of these rows. Check that it belongs to all of them.</source>
            <translation>Lignes %1 à %2, colonne %3 : une cellule fusionnée contient « %4 » ; elle a été reprise pour chacune de ces lignes. Vérifiez qu'elle vaut pour toutes.</translation>
        </message>
        <message>
            <source>Line %1: the name “%2” has “%3” where a letter was probably lost (an ʻokina or an accent saved in an encoding that cannot hold it). Check the name; save the sheet as “CSV UTF-8” or as a workbook and import it again.</source>
            <translation>Ligne %1 : le nom « %2 » contient « %3 » là où une lettre a probablement été perdue (un ʻokina ou un accent enregistré dans un codage qui ne peut pas le garder). Vérifiez le nom ; enregistrez la feuille en « CSV UTF-8 » ou en classeur et importez-la de nouveau.</translation>
        </message>
        <message>
            <source>This is the sign-in sheet of the session with the code %1 (%2): its rows land on that session.</source>
            <translation>C'est la feuille d'émargement de la session au code %1 (%2) : ses lignes vont à cette session.</translation>
        </message>
        <message>
            <source>same name, other agency (“%1”)</source>
            <translation>même nom, autre organisme (« %1 »)</translation>
        </message>
        <message>
            <source>same name, no agency</source>
            <translation>même nom, sans organisme</translation>
        </message>
        <message>
            <source>same name written with other accents, ʻokina, spacing or order</source>
            <translation>même nom écrit avec d'autres accents, ʻokina, espaces ou ordre</translation>
        </message>
        <message>
            <source>name differs by one letter</source>
            <translation>nom différent d'une lettre</translation>
        </message>
        <message>
            <source>%1 is already in the directory; left out.</source>
            <translation>%1 est déjà dans l'annuaire ; laissé de côté.</translation>
        </message>
        <message>
            <source>%1 is already on line %2 of this list; left out.</source>
            <translation>%1 est déjà à la ligne %2 de cette liste ; laissé de côté.</translation>
        </message>
        <message>
            <source>%1, new from line %2</source>
            <translation>%1, nouvelle personne de la ligne %2</translation>
        </message>
        <message numerus="yes">
            <source>%n or more others with similar names</source>
            <translation>
                <numerusform>%n autre au moins au nom proche</numerusform>
                <numerusform>%n autres au moins aux noms proches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n others with similar names</source>
            <translation>
                <numerusform>%n autre au nom proche</numerusform>
                <numerusform>%n autres aux noms proches</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LockBanner</name>
        <message>
            <source>Month locked</source>
            <translation>Mois verrouillé</translation>
        </message>
    </context>
    <context>
        <name>LockBox</name>
        <message>
            <source>Lock screen</source>
            <translation>Verrouillage</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Lock after this long &amp;without use:</source>
            <translation>Verrouiller après cette durée &amp;sans utilisation :</translation>
        </message>
        <message>
            <source>Minutes without use before the app locks</source>
            <translation>Minutes sans utilisation avant le verrouillage</translation>
        </message>
        <message>
            <source>C&amp;urrent PIN (or hub password):</source>
            <translation>Code PIN &amp;actuel (ou mot de passe du serveur) :</translation>
        </message>
        <message>
            <source>Current PIN</source>
            <translation>Code PIN actuel</translation>
        </message>
        <message>
            <source>New &amp;PIN (at least 6 digits):</source>
            <translation>&amp;Nouveau code PIN (au moins 6 chiffres) :</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>Nouveau code PIN</translation>
        </message>
        <message>
            <source>New PIN &amp;again:</source>
            <translation>Nouveau code PIN, &amp;encore une fois :</translation>
        </message>
        <message>
            <source>New PIN again</source>
            <translation>Nouveau code PIN, encore une fois</translation>
        </message>
        <message>
            <source>&amp;Change the PIN</source>
            <translation>&amp;Changer le code PIN</translation>
        </message>
        <message>
            <source>Set the &amp;PIN</source>
            <translation>Enregistrer le code &amp;PIN</translation>
        </message>
        <message>
            <source>The app locks after these minutes without use, when the computer's session locks, and on File → Lock now (Ctrl+L). Your PIN or your hub password unlocks it.</source>
            <translation>L'application se verrouille après ces minutes sans utilisation, quand la session de l'ordinateur se verrouille, et par Fichier → Verrouiller maintenant (Ctrl+L). Votre code PIN ou votre mot de passe du serveur la déverrouille.</translation>
        </message>
        <message>
            <source>Choose a PIN: the app then locks after these minutes without use, when the computer's session locks, and on File → Lock now (Ctrl+L). Until a PIN is set, only the hub password (once signed in) can unlock it.</source>
            <translation>Choisissez un code PIN : l'application se verrouille alors après ces minutes sans utilisation, quand la session de l'ordinateur se verrouille, et par Fichier → Verrouiller maintenant (Ctrl+L). Tant qu'aucun code PIN n'est enregistré, seul le mot de passe du serveur (une fois connecté) peut la déverrouiller.</translation>
        </message>
        <message numerus="yes">
            <source>Saved: the app locks after %n minutes without use.</source>
            <translation>
                <numerusform>Enregistré : l'application se verrouille après %n minute sans utilisation.</numerusform>
                <numerusform>Enregistré : l'application se verrouille après %n minutes sans utilisation.</numerusform>
            </translation>
        </message>
        <message>
            <source>The two new PINs are not the same: type it again.</source>
            <translation>Les deux nouveaux codes PIN ne sont pas identiques : tapez-le de nouveau.</translation>
        </message>
        <message>
            <source>PIN saved: it unlocks the app from now on.</source>
            <translation>Code PIN enregistré : il déverrouille désormais l'application.</translation>
        </message>
    </context>
    <context>
        <name>LockWords</name>
        <message>
            <source>Locked</source>
            <translation>Verrouillé</translation>
        </message>
        <message>
            <source>Set a PIN in Settings → Lock screen first: nothing could unlock the app.</source>
            <translation>Enregistrez d'abord un code PIN dans Paramètres → Verrouillage : rien ne pourrait déverrouiller l'application.</translation>
        </message>
        <message>
            <source>A PIN is made of digits only (0 to 9).</source>
            <translation>Un code PIN ne contient que des chiffres (0 à 9).</translation>
        </message>
        <message>
            <source>A PIN has at least %1 digits.</source>
            <translation>Un code PIN a au moins %1 chiffres.</translation>
        </message>
        <message>
            <source>A PIN has at most %1 digits.</source>
            <translation>Un code PIN a au plus %1 chiffres.</translation>
        </message>
        <message>
            <source>This PIN is too easy to guess (the same digit, a run such as 123456, a repeated pattern or a very common PIN). Choose another.</source>
            <translation>Ce code PIN est trop facile à deviner (le même chiffre, une suite comme 123456, un motif répété ou un code très courant). Choisissez-en un autre.</translation>
        </message>
        <message>
            <source>The current PIN is not right: the PIN was not changed.</source>
            <translation>Le code PIN actuel n'est pas le bon : le code PIN n'a pas été changé.</translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong PINs: wait %n seconds, or use your hub password.</source>
            <translation>
                <numerusform>Trop de codes PIN erronés : attendez %n seconde, ou utilisez votre mot de passe du serveur.</numerusform>
                <numerusform>Trop de codes PIN erronés : attendez %n secondes, ou utilisez votre mot de passe du serveur.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong PINs: wait %n minutes, or use your hub password.</source>
            <translation>
                <numerusform>Trop de codes PIN erronés : attendez %n minute, ou utilisez votre mot de passe du serveur.</numerusform>
                <numerusform>Trop de codes PIN erronés : attendez %n minutes, ou utilisez votre mot de passe du serveur.</numerusform>
            </translation>
        </message>
        <message>
            <source>Blue Pacific Desktop is locked</source>
            <translation>Blue Pacific Desktop est verrouillé</translation>
        </message>
        <message>
            <source>Your records are hidden while you are away. Type your PIN or your hub password to go on: whatever you were typing is still there.</source>
            <translation>Vos données sont masquées pendant votre absence. Tapez votre code PIN ou votre mot de passe du serveur pour continuer : ce que vous étiez en train de saisir est toujours là.</translation>
        </message>
        <message>
            <source>Your records are hidden while you are away. Type your hub password to go on: whatever you were typing is still there.</source>
            <translation>Vos données sont masquées pendant votre absence. Tapez votre mot de passe du serveur pour continuer : ce que vous étiez en train de saisir est toujours là.</translation>
        </message>
        <message>
            <source>&amp;PIN:</source>
            <translation>Code &amp;PIN :</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>Code PIN</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Déverrouiller</translation>
        </message>
        <message>
            <source>&amp;Hub password:</source>
            <translation>&amp;Mot de passe du serveur :</translation>
        </message>
        <message>
            <source>Hub password</source>
            <translation>Mot de passe du serveur</translation>
        </message>
        <message>
            <source>Unlock with the &amp;hub password</source>
            <translation>Déverrouiller avec le mot de passe du &amp;serveur</translation>
        </message>
        <message>
            <source>Checking the hub password…</source>
            <translation>Vérification du mot de passe du serveur…</translation>
        </message>
        <message>
            <source>The hub password cannot be checked: this computer has not signed in to the hub with this version yet, and the hub cannot be reached. Use your PIN, or connect and try again.</source>
            <translation>Le mot de passe du serveur ne peut pas être vérifié : cet ordinateur ne s'est pas encore connecté au serveur avec cette version, et le serveur est injoignable. Utilisez votre code PIN, ou connectez-vous au réseau et réessayez.</translation>
        </message>
        <message>
            <source>Wrong PIN (%1 in a row). Try again.</source>
            <translation>Code PIN erroné (%1 de suite). Réessayez.</translation>
        </message>
        <message>
            <source>Wrong hub password. Try again.</source>
            <translation>Mot de passe du serveur erroné. Réessayez.</translation>
        </message>
        <message>
            <source>You can type your PIN again.</source>
            <translation>Vous pouvez de nouveau taper votre code PIN.</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Connect to the hub</source>
            <translation>Connexion au serveur régional</translation>
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
            <source>Opening your records…</source>
            <translation>Ouverture de vos données…</translation>
        </message>
        <message>
            <source>Blue Pacific Desktop was updated: your records are being upgraded to the new version, after a backup of them. With many records this takes a minute or two. Please leave the computer on.</source>
            <translation>Blue Pacific Desktop a été mis à jour : vos données passent à la nouvelle version, après une sauvegarde. Avec beaucoup de données, cela prend une minute ou deux. Laissez l'ordinateur allumé.</translation>
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
        <message>
            <source>Lock now</source>
            <translation>Verrouiller maintenant</translation>
        </message>
    </context>
    <context>
        <name>MenuBar</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>&amp;Sync</source>
            <translation>S&amp;ynchro</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Aid&amp;e</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Nouveau</translation>
        </message>
        <message>
            <source>Import an &amp;attendance sheet…</source>
            <translation>Importer une feuille de &amp;présence…</translation>
        </message>
        <message>
            <source>Import a &amp;contact list…</source>
            <translation>Importer une liste de &amp;contacts…</translation>
        </message>
        <message>
            <source>&amp;Export a report as CSV…</source>
            <translation>&amp;Exporter un rapport en CSV…</translation>
        </message>
        <message>
            <source>Save a report as P&amp;DF…</source>
            <translation>Enregistrer un rapport en P&amp;DF…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimer…</translation>
        </message>
        <message>
            <source>&amp;Lock now</source>
            <translation>&amp;Verrouiller maintenant</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Rechercher</translation>
        </message>
        <message>
            <source>&amp;Sync now</source>
            <translation>&amp;Synchroniser maintenant</translation>
        </message>
        <message>
            <source>Show the sync &amp;details</source>
            <translation>Afficher le &amp;détail de la synchronisation</translation>
        </message>
        <message>
            <source>User &amp;guide</source>
            <translation>&amp;Guide de l'utilisateur</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Raccourcis clavier</translation>
        </message>
        <message>
            <source>&amp;About Blue Pacific Desktop</source>
            <translation>À &amp;propos de Blue Pacific Desktop</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Co&amp;uper</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copier</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>C&amp;oller</translation>
        </message>
        <message>
            <source>Select &amp;all</source>
            <translation>&amp;Tout sélectionner</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Blue Pacific Desktop&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Records of training, of the use of INTERPOL's policing capabilities and of regional contacts for the focal points of INTERPOL's Project Blue Pacific. It works offline and sends the changes to the regional hub when a link is up.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence. Built with Qt (PySide6, LGPL). Icons from Lucide (ISC licence).&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Blue Pacific Desktop&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Les formations, l'utilisation des capacités policières d'INTERPOL et les contacts régionaux des points focaux du projet Blue Pacific d'INTERPOL. L'application fonctionne hors ligne et envoie les modifications au hub régional dès qu'une liaison est disponible.&lt;/p&gt;&lt;p&gt;Logiciel libre sous licence MIT. Réalisé avec Qt (PySide6, LGPL). Icônes de Lucide (licence ISC).&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About Blue Pacific Desktop</source>
            <translation>À propos de Blue Pacific Desktop</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
    </context>
    <context>
        <name>MonthEditor</name>
        <message>
            <source>Month</source>
            <translation>Mois</translation>
        </message>
        <message>
            <source>&amp;Month:</source>
            <translation>&amp;Mois :</translation>
        </message>
        <message>
            <source>Counts by capability</source>
            <translation>Nombres par capacité</translation>
        </message>
        <message>
            <source>Counts for the month (&amp;grid):</source>
            <translation>Nombres du mois (&amp;grille) :</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>&amp;Save (Ctrl+S)</source>
            <translation>&amp;Enregistrer (Ctrl+S)</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Fermer (Échap)</translation>
        </message>
        <message numerus="yes">
            <source>%n capability reports saved for this month.</source>
            <translation>
                <numerusform>%n rapport de capacité enregistré pour ce mois.</numerusform>
                <numerusform>%n rapports de capacités enregistrés pour ce mois.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %1: %n capability reports.</source>
            <translation>
                <numerusform>%1 enregistré : %n rapport de capacité.</numerusform>
                <numerusform>%1 enregistré : %n rapports de capacités.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing was saved: %n values to fix, marked in red (the tooltip says why). %1</source>
            <translation>
                <numerusform>Rien n'a été enregistré : %n valeur à corriger, en rouge (l'info-bulle explique pourquoi). %1</numerusform>
                <numerusform>Rien n'a été enregistré : %n valeurs à corriger, en rouge (l'info-bulle explique pourquoi). %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing reported for this month yet: type the counts in the grid.</source>
            <translation>Rien n'est encore renseigné pour ce mois : tapez les nombres dans la grille.</translation>
        </message>
        <message numerus="yes">
            <source>%n capability reports of this month, read-only.</source>
            <translation>
                <numerusform>%n rapport de capacité pour ce mois, en lecture seule.</numerusform>
                <numerusform>%n rapports de capacités pour ce mois, en lecture seule.</numerusform>
            </translation>
        </message>
        <message>
            <source>Save the counts of %1 before closing?</source>
            <translation>Enregistrer les chiffres de %1 avant de fermer ?</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
        <message>
            <source>These reports of %1 are now empty and will be deleted:
%2
Delete them?</source>
            <translation>Ces rapports de %1 sont maintenant vides et seront supprimés :
%2
Les supprimer ?</translation>
        </message>
        <message>
            <source>Nothing was saved: %1</source>
            <translation>Rien n'a été enregistré : %1</translation>
        </message>
    </context>
    <context>
        <name>Months</name>
        <message>
            <source>January</source>
            <translation>janvier</translation>
        </message>
        <message>
            <source>February</source>
            <translation>février</translation>
        </message>
        <message>
            <source>March</source>
            <translation>mars</translation>
        </message>
        <message>
            <source>April</source>
            <translation>avril</translation>
        </message>
        <message>
            <source>May</source>
            <translation>mai</translation>
        </message>
        <message>
            <source>June</source>
            <translation>juin</translation>
        </message>
        <message>
            <source>July</source>
            <translation>juillet</translation>
        </message>
        <message>
            <source>August</source>
            <translation>août</translation>
        </message>
        <message>
            <source>September</source>
            <translation>septembre</translation>
        </message>
        <message>
            <source>October</source>
            <translation>octobre</translation>
        </message>
        <message>
            <source>November</source>
            <translation>novembre</translation>
        </message>
        <message>
            <source>December</source>
            <translation>décembre</translation>
        </message>
    </context>
    <context>
        <name>MonthsModel</name>
        <message>
            <source>Month</source>
            <translation>Mois</translation>
        </message>
        <message>
            <source>Capabilities
reported</source>
            <translation>Capacités
renseignées</translation>
        </message>
        <message>
            <source>Searches</source>
            <translation>Recherches</translation>
        </message>
        <message>
            <source>Hits</source>
            <translation>Concordances</translation>
        </message>
        <message>
            <source>Notices
requested</source>
            <translation>Notices
demandées</translation>
        </message>
        <message>
            <source>Diffusions
requested</source>
            <translation>Diffusions
demandées</translation>
        </message>
        <message>
            <source>Messages
exchanged</source>
            <translation>Messages
échangés</translation>
        </message>
        <message>
            <source>Active
accounts</source>
            <translation>Comptes
actifs</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Sync state</source>
            <translation>État de synchronisation</translation>
        </message>
        <message numerus="yes">
            <source>%n reports need attention (see Sync)</source>
            <translation>
                <numerusform>%n rapport demande votre attention (voir Synchronisation)</numerusform>
                <numerusform>%n rapports demandent votre attention (voir Synchronisation)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n reports waiting to sync</source>
            <translation>
                <numerusform>%n rapport en attente de synchronisation</numerusform>
                <numerusform>%n rapports en attente de synchronisation</numerusform>
            </translation>
        </message>
        <message>
            <source>On the hub</source>
            <translation>Sur le serveur régional</translation>
        </message>
    </context>
    <context>
        <name>NewPersonForm</name>
        <message>
            <source>New person</source>
            <translation>Nouvelle personne</translation>
        </message>
        <message>
            <source>Name of the new person</source>
            <translation>Nom de la nouvelle personne</translation>
        </message>
        <message>
            <source>Sex of the new person</source>
            <translation>Sexe de la nouvelle personne</translation>
        </message>
        <message>
            <source>Agency of the new person</source>
            <translation>Service de la nouvelle personne</translation>
        </message>
        <message>
            <source>Rank of the new person</source>
            <translation>Grade de la nouvelle personne</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>Nom co&amp;mplet :</translation>
        </message>
        <message>
            <source>Se&amp;x:</source>
            <translation>Se&amp;xe :</translation>
        </message>
        <message>
            <source>A&amp;gency:</source>
            <translation>&amp;Service :</translation>
        </message>
        <message>
            <source>Ran&amp;k:</source>
            <translation>&amp;Grade :</translation>
        </message>
        <message>
            <source>&amp;Add to the list</source>
            <translation>&amp;Ajouter à la liste</translation>
        </message>
        <message>
            <source>Cance&amp;l new person</source>
            <translation>Ann&amp;uler la nouvelle personne</translation>
        </message>
    </context>
    <context>
        <name>Passphrase</name>
        <message>
            <source>That passphrase is not the one of this data file.</source>
            <translation>Cette phrase secrète n'est pas celle de ce fichier de données.</translation>
        </message>
        <message>
            <source>Passphrase of the data file: </source>
            <translation>Phrase secrète du fichier de données : </translation>
        </message>
        <message>
            <source>This computer has no keyring: choose a passphrase that locks the data file. It is asked at each start, and without it the records cannot be read.</source>
            <translation>Cet ordinateur n'a pas de trousseau : choisissez une phrase secrète qui verrouille le fichier de données. Elle est demandée à chaque démarrage, et sans elle les enregistrements ne peuvent pas être lus.</translation>
        </message>
        <message>
            <source>New passphrase: </source>
            <translation>Nouvelle phrase secrète : </translation>
        </message>
        <message>
            <source>At least 8 characters, please.</source>
            <translation>Au moins 8 caractères, s'il vous plaît.</translation>
        </message>
        <message>
            <source>The same passphrase again: </source>
            <translation>La même phrase secrète, à nouveau : </translation>
        </message>
        <message>
            <source>The two passphrases differ; try again.</source>
            <translation>Les deux phrases secrètes diffèrent ; réessayez.</translation>
        </message>
    </context>
    <context>
        <name>PeopleView</name>
        <message>
            <source>Type part of a name</source>
            <translation>Tapez une partie d'un nom</translation>
        </message>
        <message>
            <source>Filter people by name</source>
            <translation>Filtrer les personnes par nom</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sexe</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Grade</translation>
        </message>
        <message>
            <source>Sessions attended</source>
            <translation>Sessions suivies</translation>
        </message>
        <message>
            <source>Sync state</source>
            <translation>État de synchronisation</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>Ne&amp;w person…</source>
            <translation>Nou&amp;velle personne…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Ouvrir…</translation>
        </message>
        <message>
            <source>De&amp;lete…</source>
            <translation>Suppri&amp;mer…</translation>
        </message>
        <message>
            <source>People shown: %1</source>
            <translation>Personnes affichées : %1</translation>
        </message>
        <message>
            <source>No one is called “%1”. Create a new person?</source>
            <translation>Personne ne s'appelle « %1 ». Créer une nouvelle personne ?</translation>
        </message>
        <message>
            <source>&amp;Add %1 as a new person…</source>
            <translation>&amp;Ajouter %1 comme nouvelle personne…</translation>
        </message>
        <message>
            <source>Everyone who attends or gives a training session is listed here, with the number of sessions attended. No one is recorded yet.</source>
            <translation>Toutes les personnes qui suivent ou donnent une formation figurent ici, avec le nombre de sessions suivies. Personne n'est encore enregistré.</translation>
        </message>
        <message>
            <source>&amp;Add the first person…</source>
            <translation>&amp;Ajouter la première personne…</translation>
        </message>
    </context>
    <context>
        <name>PeriodPicker</name>
        <message>
            <source>&amp;Quarter</source>
            <translation>&amp;Trimestre</translation>
        </message>
        <message>
            <source>&amp;Dates</source>
            <translation>&amp;Dates</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Trimestre</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Premier jour</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Dernier jour</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>D&amp;u</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>&amp;Au</translation>
        </message>
    </context>
    <context>
        <name>PersonCommand</name>
        <message>
            <source>Say where to write with --json or --pdf.</source>
            <translation>Dites où écrire avec --json ou --pdf.</translation>
        </message>
        <message>
            <source>Wrote %1.</source>
            <translation>%1 écrit.</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %1 (%n pages).</source>
            <translation>
                <numerusform>%1 écrit (%n page).</numerusform>
                <numerusform>%1 écrit (%n pages).</numerusform>
            </translation>
        </message>
        <message>
            <source>These files contain personal data: give them only to the person they are about.</source>
            <translation>Ces fichiers contiennent des données personnelles : ne les remettez qu'à la personne concernée.</translation>
        </message>
        <message>
            <source>Erasing replaces the name and contact details of %1 on every copy and cannot be undone; %2. Add --yes to erase.</source>
            <translation>L'effacement remplace le nom et les coordonnées de %1 sur chaque copie et est irréversible ; %2. Ajoutez --yes pour effacer.</translation>
        </message>
        <message>
            <source>Erased: the record is now “%1”; the erase goes to the hub at the next sync.</source>
            <translation>Effacé : la fiche est désormais « %1 » ; l'effacement part vers le hub à la prochaine synchronisation.</translation>
        </message>
        <message>
            <source>the organisation, its type, role and country are kept</source>
            <translation>l'organisme, son type, le rôle et le pays sont gardés</translation>
        </message>
        <message>
            <source>the organisation type, role and country are kept</source>
            <translation>le type d'organisme, le rôle et le pays sont gardés</translation>
        </message>
        <message>
            <source>sex and agency are kept</source>
            <translation>le sexe et le service sont gardés</translation>
        </message>
        <message>
            <source>sex is kept, the agency is erased</source>
            <translation>le sexe est gardé, le service est effacé</translation>
        </message>
        <message>
            <source>the agency is kept, sex becomes “not stated”</source>
            <translation>le service est gardé, le sexe devient « non précisé »</translation>
        </message>
        <message>
            <source>sex becomes “not stated” and the agency is erased</source>
            <translation>le sexe devient « non précisé » et le service est effacé</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>Nouvelle personne</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Se&amp;x:</source>
            <translation>Se&amp;xe :</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sexe</translation>
        </message>
        <message>
            <source>A&amp;gency:</source>
            <translation>&amp;Service :</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Ran&amp;k:</source>
            <translation>&amp;Grade :</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Grade</translation>
        </message>
        <message>
            <source>Pos&amp;ition:</source>
            <translation>&amp;Fonction :</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Fonction</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>&amp;Courriel :</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>P&amp;hone:</source>
            <translation>&amp;Téléphone :</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>&amp;Trains courses:</source>
            <translation>Formations &amp;données :</translation>
        </message>
        <message>
            <source>Courses this person trains</source>
            <translation>Formations que cette personne donne</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Save the new person before closing?</source>
            <translation>Enregistrer la nouvelle personne avant de fermer ?</translation>
        </message>
        <message>
            <source>Save the changes to «%1» before closing?</source>
            <translation>Enregistrer les modifications de « %1 » avant de fermer ?</translation>
        </message>
    </context>
    <context>
        <name>PersonFinder</name>
        <message>
            <source>Type a name…</source>
            <translation>Tapez un nom…</translation>
        </message>
        <message>
            <source>trains this course</source>
            <translation>donne cette formation</translation>
        </message>
    </context>
    <context>
        <name>PersonalDataButton</name>
        <message>
            <source>Personal &amp;data</source>
            <translation>&amp;Données personnelles</translation>
        </message>
        <message>
            <source>&amp;Export everything about this person…</source>
            <translation>&amp;Exporter tout ce qui concerne cette personne…</translation>
        </message>
        <message>
            <source>E&amp;rase this person…</source>
            <translation>E&amp;ffacer cette personne…</translation>
        </message>
        <message>
            <source>E&amp;rase this contact…</source>
            <translation>E&amp;ffacer ce contact…</translation>
        </message>
        <message>
            <source>«%1» was erased; the record is now «%2».</source>
            <translation>« %1 » a été effacé ; la fiche est désormais « %2 ».</translation>
        </message>
        <message>
            <source>Not erased</source>
            <translation>Non effacé</translation>
        </message>
        <message>
            <source>Export everything about %1 — the files contain personal data</source>
            <translation>Exporter tout ce qui concerne %1 — les fichiers contiennent des données personnelles</translation>
        </message>
        <message>
            <source>this person</source>
            <translation>cette personne</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved %1 and %2 (personal data).</source>
            <translation>%1 et %2 enregistrés (données personnelles).</translation>
        </message>
    </context>
    <context>
        <name>PinOffer</name>
        <message>
            <source>Protect your records</source>
            <translation>Protégez vos données</translation>
        </message>
        <message>
            <source>This computer holds the names and contact details of police officers and partners. Choose a PIN: when you leave the computer, Blue Pacific Desktop locks and hides them until the PIN (or your hub password) is typed.</source>
            <translation>Cet ordinateur contient les noms et coordonnées de policiers et de partenaires. Choisissez un code PIN : quand vous quittez l'ordinateur, Blue Pacific Desktop se verrouille et les masque jusqu'à ce que le code PIN (ou votre mot de passe du serveur) soit tapé.</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>&amp;Plus tard</translation>
        </message>
    </context>
    <context>
        <name>ProblemWords</name>
        <message>
            <source>This field is required.</source>
            <translation>Ce champ est obligatoire.</translation>
        </message>
        <message>
            <source>This is too long (at most %1 characters).</source>
            <translation>Texte trop long (%1 caractères au plus).</translation>
        </message>
        <message>
            <source>This text is too long.</source>
            <translation>Ce texte est trop long.</translation>
        </message>
        <message>
            <source>Choose a value from the list.</source>
            <translation>Choisissez une valeur de la liste.</translation>
        </message>
        <message>
            <source>This is not a date this app can read: write it as YYYY-MM-DD.</source>
            <translation>Ce n'est pas une date que l'application sait lire : écrivez-la sous la forme AAAA-MM-JJ.</translation>
        </message>
        <message>
            <source>This date is out of range: it must be between %1 and %2.</source>
            <translation>Cette date est hors limites : elle doit être comprise entre le %1 et le %2.</translation>
        </message>
        <message>
            <source>This date is out of range.</source>
            <translation>Cette date est hors limites.</translation>
        </message>
        <message>
            <source>This is not a certificate's verification code.</source>
            <translation>Ce n'est pas le code de vérification d'un certificat.</translation>
        </message>
        <message>
            <source>This is not a month (write it as YYYY-MM).</source>
            <translation>Ce n'est pas un mois (écrivez-le sous la forme AAAA-MM).</translation>
        </message>
        <message>
            <source>Reports cover months from January 1990 up to the current month.</source>
            <translation>Les rapports couvrent les mois de janvier 1990 jusqu'au mois en cours.</translation>
        </message>
        <message>
            <source>Not a number: type digits only (1,000 or 1 000 mean a thousand).</source>
            <translation>Ce n'est pas un nombre : tapez uniquement des chiffres (1,000 ou 1 000 signifient mille).</translation>
        </message>
        <message>
            <source>This is not a number.</source>
            <translation>Ce n'est pas un nombre.</translation>
        </message>
        <message>
            <source>A count must be a whole number.</source>
            <translation>Un nombre doit être un nombre entier.</translation>
        </message>
        <message>
            <source>This number is too large.</source>
            <translation>Ce nombre est trop grand.</translation>
        </message>
        <message>
            <source>This is out of range: it must be between %1 and %2.</source>
            <translation>Hors limites : la valeur doit être comprise entre %1 et %2.</translation>
        </message>
        <message>
            <source>This is out of range: it must be at least %1.</source>
            <translation>Hors limites : la valeur doit être d'au moins %1.</translation>
        </message>
        <message>
            <source>A count cannot be negative.</source>
            <translation>Un nombre ne peut pas être négatif.</translation>
        </message>
        <message>
            <source>“%1” is not an e-mail address (it should look like name@example.org).</source>
            <translation>« %1 » n'est pas une adresse électronique (elle doit ressembler à nom@exemple.org).</translation>
        </message>
        <message>
            <source>“%1” is not a valid phone number for %2. Write it with the country code, for example +679 331 2345.</source>
            <translation>« %1 » n'est pas un numéro de téléphone valide pour %2. Écrivez-le avec l'indicatif du pays, par exemple +679 331 2345.</translation>
        </message>
        <message>
            <source>The end date is before the start date.</source>
            <translation>La date de fin est antérieure à la date de début.</translation>
        </message>
        <message>
            <source>Choose one of the country's time zones.</source>
            <translation>Choisissez l'un des fuseaux horaires du pays.</translation>
        </message>
        <message>
            <source>This count does not apply to this capability.</source>
            <translation>Ce nombre ne s'applique pas à cette capacité.</translation>
        </message>
        <message>
            <source>The training session no longer exists on this computer.</source>
            <translation>La session de formation n'existe plus sur cet ordinateur.</translation>
        </message>
        <message>
            <source>The person no longer exists on this computer.</source>
            <translation>Cette personne n'existe plus sur cet ordinateur.</translation>
        </message>
        <message>
            <source>%1 is already on this session's attendance list.</source>
            <translation>%1 figure déjà sur la liste des participants de cette session.</translation>
        </message>
        <message>
            <source>This person is already on this session's attendance list.</source>
            <translation>Cette personne est déjà sur la liste des participants de cette session.</translation>
        </message>
        <message numerus="yes">
            <source>%n trainers no longer exist on this computer; choose the trainers again.</source>
            <translation>
                <numerusform>%n formateur n'existe plus sur cet ordinateur ; choisissez à nouveau les formateurs.</numerusform>
                <numerusform>%n formateurs n'existent plus sur cet ordinateur ; choisissez à nouveau les formateurs.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contacts no longer exist in the directory; choose the contacts again.</source>
            <translation>
                <numerusform>%n contact n'existe plus dans l'annuaire ; choisissez de nouveau les contacts.</numerusform>
                <numerusform>%n contacts n'existent plus dans l'annuaire ; choisissez de nouveau les contacts.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This contact takes part in %n engagements. Remove them from those engagements first.</source>
            <translation>
                <numerusform>Ce contact participe à %n échange. Retirez-le d'abord de cet échange.</numerusform>
                <numerusform>Ce contact participe à %n échanges. Retirez-le d'abord de ces échanges.</numerusform>
            </translation>
        </message>
        <message>
            <source>Row id %1 is not one of this session's rows.</source>
            <translation>Le numéro de ligne %1 n'est pas une ligne de cette session.</translation>
        </message>
        <message>
            <source>Row id %1 is already on line %2.</source>
            <translation>Le numéro de ligne %1 figure déjà à la ligne %2.</translation>
        </message>
        <message>
            <source>This row id is not one of this session's rows.</source>
            <translation>Ce numéro de ligne n'est pas une ligne de cette session.</translation>
        </message>
        <message>
            <source>This row id is already on an earlier line.</source>
            <translation>Ce numéro de ligne figure déjà sur une ligne précédente.</translation>
        </message>
        <message>
            <source>Some trainers no longer exist on this computer; choose the trainers again.</source>
            <translation>Certains formateurs n'existent plus sur cet ordinateur ; choisissez à nouveau les formateurs.</translation>
        </message>
        <message>
            <source>Some chosen contacts no longer exist in the directory; choose the contacts again.</source>
            <translation>Certains contacts choisis n'existent plus dans l'annuaire ; choisissez de nouveau les contacts.</translation>
        </message>
        <message>
            <source>This month already has a report for this capability: reopen the month.</source>
            <translation>Ce mois a déjà un rapport pour cette capacité : rouvrez le mois.</translation>
        </message>
        <message>
            <source>This person is on attendance lists or trains in sessions. Remove them from those sessions first.</source>
            <translation>Cette personne figure sur des listes de participants ou forme dans des sessions. Retirez-la d'abord de ces sessions.</translation>
        </message>
        <message>
            <source>This contact takes part in engagements. Remove them from those engagements first.</source>
            <translation>Ce contact participe à des échanges. Retirez-le d'abord de ces échanges.</translation>
        </message>
        <message>
            <source>This record belongs to %1; only the focal point of %1 can change it.</source>
            <translation>Cet enregistrement appartient à %1 ; seul le point focal de %1 peut le modifier.</translation>
        </message>
        <message>
            <source>This record belongs to another country; only its focal point can change it.</source>
            <translation>Cet enregistrement appartient à un autre pays ; seul son point focal peut le modifier.</translation>
        </message>
        <message>
            <source>This month's return has been submitted with its training sessions declared complete: they cannot change until the national approver or the regional team sends it back.</source>
            <translation>Le rapport de ce mois a été soumis en déclarant ses sessions de formation complètes : elles ne peuvent plus changer tant que l’approbateur national ou l’équipe régionale ne l’a pas renvoyé.</translation>
        </message>
        <message>
            <source>This month's return has been submitted with its engagements declared complete: they cannot change until the national approver or the regional team sends it back.</source>
            <translation>Le rapport de ce mois a été soumis en déclarant ses échanges complets : ils ne peuvent plus changer tant que l’approbateur national ou l’équipe régionale ne l’a pas renvoyé.</translation>
        </message>
        <message>
            <source>This month's entry period has closed: its figures cannot change. Only the regional team can keep the month open longer.</source>
            <translation>La période de saisie de ce mois est close : ses chiffres ne peuvent plus changer. Seule l’équipe régionale peut garder le mois ouvert plus longtemps.</translation>
        </message>
        <message>
            <source>This month's return has been submitted: its figures cannot change until the national approver or the regional team sends it back.</source>
            <translation>Le rapport de ce mois a été soumis : ses chiffres ne peuvent plus changer tant que l’approbateur national ou l’équipe régionale ne l’a pas renvoyé.</translation>
        </message>
        <message>
            <source>“%1” is not a field of this kind of record.</source>
            <translation>« %1 » n'est pas un champ de ce type d'enregistrement.</translation>
        </message>
        <message>
            <source>A record with this id already exists.</source>
            <translation>Un enregistrement avec cet identifiant existe déjà.</translation>
        </message>
        <message>
            <source>To record another person or session, remove this attendee and add the right one.</source>
            <translation>Pour enregistrer une autre personne ou une autre session, retirez ce participant et ajoutez le bon.</translation>
        </message>
        <message>
            <source>To report another capability or month, open that month's report instead.</source>
            <translation>Pour déclarer une autre capacité ou un autre mois, ouvrez plutôt le rapport de ce mois.</translation>
        </message>
        <message>
            <source>This record was erased at the person's request: its name and contact details cannot be set again.</source>
            <translation>Cette fiche a été effacée à la demande de la personne : son nom et ses coordonnées ne peuvent plus être saisis.</translation>
        </message>
        <message>
            <source>This record is already erased.</source>
            <translation>Cette fiche est déjà effacée.</translation>
        </message>
        <message>
            <source>Choose one of the Blue Pacific countries.</source>
            <translation>Choisissez l'un des pays du Blue Pacific.</translation>
        </message>
        <message>
            <source>The language must be English or French.</source>
            <translation>La langue doit être l'anglais ou le français.</translation>
        </message>
        <message>
            <source>This computer is already set up for another country. To record for another country, use a separate data folder.</source>
            <translation>Cet ordinateur est déjà configuré pour un autre pays. Pour enregistrer pour un autre pays, utilisez un dossier de données distinct.</translation>
        </message>
        <message>
            <source>This is not a real date: check the day and the month.</source>
            <translation>Ce n'est pas une date réelle : vérifiez le jour et le mois.</translation>
        </message>
        <message>
            <source>This date could be read day first or month first: write it as YYYY-MM-DD.</source>
            <translation>Cette date peut se lire le jour d'abord ou le mois d'abord : écrivez-la sous la forme AAAA-MM-JJ.</translation>
        </message>
        <message>
            <source>This is neither yes nor no (write yes/no or oui/non).</source>
            <translation>Ce n'est ni oui ni non (écrivez oui/non ou yes/no).</translation>
        </message>
        <message>
            <source>This person is listed twice for this session.</source>
            <translation>Cette personne figure deux fois pour cette session.</translation>
        </message>
        <message>
            <source>The data file %1 is damaged. Records that can still be read can be exported and printed, but nothing can be saved into it or backed up from it. No checked backup is on this computer: copy the data folder somewhere safe and ask the support desk before changing anything.</source>
            <translation>Le fichier de données %1 est endommagé. Les enregistrements encore lisibles peuvent être exportés et imprimés, mais rien ne peut y être enregistré ni sauvegardé à partir de lui. Aucune sauvegarde contrôlée n'est sur cet ordinateur : copiez le dossier des données en lieu sûr et demandez l'aide du support avant de modifier quoi que ce soit.</translation>
        </message>
        <message>
            <source>The data file %1 is damaged. Records that can still be read can be exported and printed, but nothing can be saved into it or backed up from it. Restore the newest good backup, %2 (made %3): in Settings, choose it in the list of backups and press Restore.</source>
            <translation>Le fichier de données %1 est endommagé. Les enregistrements encore lisibles peuvent être exportés et imprimés, mais rien ne peut y être enregistré ni sauvegardé à partir de lui. Restaurez la sauvegarde saine la plus récente, %2 (faite le %3) : dans Paramètres, choisissez-la dans la liste des sauvegardes et appuyez sur Restaurer.</translation>
        </message>
    </context>
    <context>
        <name>ProblemsDialog</name>
        <message>
            <source>%1 was not submitted</source>
            <translation>%1 n’a pas été soumis</translation>
        </message>
        <message numerus="yes">
            <source>%n figures of %1 are far from the usual ones. If they are right, say why for each capability, and submit again.</source>
            <translation>
                <numerusform>%n chiffre de %1 est loin des chiffres habituels. S’il est juste, dites pourquoi pour chaque capacité, puis soumettez à nouveau.</numerusform>
                <numerusform>%n chiffres de %1 sont loin des chiffres habituels. S’ils sont justes, dites pourquoi pour chaque capacité, puis soumettez à nouveau.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problems stop %1 from being submitted. Correct the figures on the Capabilities screen, then submit again.</source>
            <translation>
                <numerusform>%n problème empêche de soumettre %1. Corrigez les chiffres dans l’écran Capacités, puis soumettez à nouveau.</numerusform>
                <numerusform>%n problèmes empêchent de soumettre %1. Corrigez les chiffres dans l’écran Capacités, puis soumettez à nouveau.</numerusform>
            </translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problèmes</translation>
        </message>
        <message>
            <source>Why, for %1</source>
            <translation>Pourquoi, pour %1</translation>
        </message>
        <message>
            <source>Why, for %1:</source>
            <translation>Pourquoi, pour %1 :</translation>
        </message>
        <message>
            <source>Submit with these explanations</source>
            <translation>Soumettre avec ces explications</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
    </context>
    <context>
        <name>RecordEditor</name>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>De&amp;lete…</source>
            <translation>&amp;Supprimer…</translation>
        </message>
    </context>
    <context>
        <name>RecordKind</name>
        <message>
            <source>person</source>
            <translation>personne</translation>
        </message>
        <message>
            <source>training session</source>
            <translation>session de formation</translation>
        </message>
        <message>
            <source>attendance</source>
            <translation>participation</translation>
        </message>
        <message>
            <source>capability report</source>
            <translation>rapport de capacités</translation>
        </message>
        <message>
            <source>contact</source>
            <translation>contact</translation>
        </message>
        <message>
            <source>engagement</source>
            <translation>échange</translation>
        </message>
        <message>
            <source>monthly return</source>
            <translation>rapport mensuel</translation>
        </message>
        <message>
            <source>certificate</source>
            <translation>certificat</translation>
        </message>
    </context>
    <context>
        <name>RecordListTab</name>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Ouvrir…</translation>
        </message>
        <message>
            <source>De&amp;lete…</source>
            <translation>&amp;Supprimer…</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>Re&amp;chercher :</translation>
        </message>
    </context>
    <context>
        <name>RecordWords</name>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>Training session</source>
            <translation>Session de formation</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Présence</translation>
        </message>
        <message>
            <source>Capability report</source>
            <translation>Rapport de capacité</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Engagement</source>
            <translation>Échange</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sexe</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Grade</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Fonction</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Trains courses</source>
            <translation>Formations données</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Cours</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Modalité</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Date de début</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Date de fin</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Fuseau horaire</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>Organisateur</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <source>Trainers</source>
            <translation>Formateurs</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>Pre-test</source>
            <translation>Test avant</translation>
        </message>
        <message>
            <source>Post-test</source>
            <translation>Test après</translation>
        </message>
        <message>
            <source>Verification code</source>
            <translation>Code de vérification</translation>
        </message>
        <message>
            <source>Name as printed</source>
            <translation>Nom tel qu'imprimé</translation>
        </message>
        <message>
            <source>Issued on</source>
            <translation>Délivré le</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>Révoqué</translation>
        </message>
        <message>
            <source>Reason for revoking</source>
            <translation>Motif de la révocation</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Certificat</translation>
        </message>
        <message>
            <source>Capability</source>
            <translation>Capacité</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mois</translation>
        </message>
        <message>
            <source>Searches</source>
            <translation>Recherches</translation>
        </message>
        <message>
            <source>Hits</source>
            <translation>Concordances</translation>
        </message>
        <message>
            <source>Notices requested</source>
            <translation>Notices demandées</translation>
        </message>
        <message>
            <source>Diffusions requested</source>
            <translation>Diffusions demandées</translation>
        </message>
        <message>
            <source>Messages exchanged</source>
            <translation>Messages échangés</translation>
        </message>
        <message>
            <source>Active accounts</source>
            <translation>Comptes actifs</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Narrative</source>
            <translation>Récit</translation>
        </message>
        <message>
            <source>Success stories</source>
            <translation>Résultats positifs</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Organisation type</source>
            <translation>Type d'organisation</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>E-mails</source>
            <translation>Courriels</translation>
        </message>
        <message>
            <source>Phones</source>
            <translation>Téléphones</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Langues</translation>
        </message>
        <message>
            <source>I-24/7</source>
            <translation>I-24/7</translation>
        </message>
        <message>
            <source>Review date</source>
            <translation>Date de révision</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <source>Contacts involved</source>
            <translation>Contacts concernés</translation>
        </message>
    </context>
    <context>
        <name>RefreshersModel</name>
        <message>
            <source>Course</source>
            <translation>Formation</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Last trained</source>
            <translation>Dernière formation</translation>
        </message>
        <message>
            <source>Refresher due</source>
            <translation>Recyclage dû le</translation>
        </message>
        <message>
            <source>%1 (overdue)</source>
            <translation>%1 (en retard)</translation>
        </message>
    </context>
    <context>
        <name>RefreshersView</name>
        <message>
            <source>Course</source>
            <translation>Formation</translation>
        </message>
        <message>
            <source>Every agency</source>
            <translation>Tous les services</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Due by</source>
            <translation>Dû au plus tard le</translation>
        </message>
        <message>
            <source>People due for a refresher</source>
            <translation>Personnes à recycler</translation>
        </message>
        <message>
            <source>P&amp;rint the quarter's list…</source>
            <translation>&amp;Imprimer la liste du trimestre…</translation>
        </message>
        <message>
            <source>C&amp;ourse:</source>
            <translation>F&amp;ormation :</translation>
        </message>
        <message>
            <source>A&amp;gency:</source>
            <translation>Ser&amp;vice :</translation>
        </message>
        <message>
            <source>Due &amp;by:</source>
            <translation>Dû au plus &amp;tard le :</translation>
        </message>
        <message>
            <source>Every course with a validity</source>
            <translation>Toutes les formations à durée de validité</translation>
        </message>
        <message>
            <source>Due: %1, overdue: %2</source>
            <translation>À recycler : %1, en retard : %2</translation>
        </message>
    </context>
    <context>
        <name>RefusalWords</name>
        <message>
            <source>The hub could not read this change (field %1).</source>
            <translation>Le hub n’a pas pu lire cette modification (champ %1).</translation>
        </message>
        <message>
            <source>This record's id already belongs to another record on the hub.</source>
            <translation>L’identifiant de cette fiche appartient déjà à une autre fiche sur le hub.</translation>
        </message>
        <message>
            <source>This change's id was already used for a change of another record.</source>
            <translation>L’identifiant de cette modification a déjà servi pour une modification d’une autre fiche.</translation>
        </message>
        <message>
            <source>Your copy says revision %1, but the hub has revision %2 of this record.</source>
            <translation>Votre copie indique la révision %1, mais le hub a la révision %2 de cette fiche.</translation>
        </message>
        <message>
            <source>Records of this kind (%1) cannot be sent from a computer: reference data is kept on the hub.</source>
            <translation>Les fiches de ce type (%1) ne peuvent pas être envoyées depuis un ordinateur : les données de référence sont tenues sur le hub.</translation>
        </message>
        <message>
            <source>This computer belongs to %1 and cannot send records of %2.</source>
            <translation>Cet ordinateur appartient à %1 et ne peut pas envoyer de fiches de %2.</translation>
        </message>
        <message>
            <source>This %1 lacks the fields its id is made of: %2.</source>
            <translation>Il manque à cette fiche (%1) les champs dont son identifiant est formé : %2.</translation>
        </message>
        <message>
            <source>This record's id (%1) is not the one made of its fields (%2).</source>
            <translation>L’identifiant de cette fiche (%1) n’est pas celui formé de ses champs (%2).</translation>
        </message>
        <message>
            <source>The field “%1” of this %2 holds %3 characters; it may hold at most %4.</source>
            <translation>Le champ « %1 » de cette fiche (%2) contient %3 caractères ; il peut en contenir au plus %4.</translation>
        </message>
        <message>
            <source>This %1 is %2 bytes; it may hold at most %3 bytes.</source>
            <translation>Cette fiche (%1) fait %2 octets ; elle peut en faire au plus %3.</translation>
        </message>
        <message>
            <source>This record was erased on %1 at someone's request; a change made before the erase cannot bring their details back.</source>
            <translation>Cette fiche a été effacée le %1 à la demande de la personne ; une modification faite avant l’effacement ne peut pas en rétablir les coordonnées.</translation>
        </message>
        <message>
            <source>An erased record cannot be restored.</source>
            <translation>Une fiche effacée ne peut pas être rétablie.</translation>
        </message>
        <message>
            <source>This record was erased at someone's request; its name and contact details cannot be set again (%1).</source>
            <translation>Cette fiche a été effacée à la demande de la personne ; son nom et ses coordonnées ne peuvent plus être saisis (%1).</translation>
        </message>
        <message>
            <source>The return of %1 for %2 is %3 on the hub, so this %4 cannot change. The change is kept on your computer, set aside.</source>
            <translation>Le rapport de %1 pour %2 est %3 sur le hub : cette fiche (%4) ne peut donc plus changer. La modification est gardée sur votre ordinateur, mise de côté.</translation>
        </message>
        <message numerus="yes">
            <source>Entry period closed: the figures of %1 for %2 could be changed until %3 UTC (%n days after the deadline); ask the regional team for an exception. The change is kept on your computer, set aside.</source>
            <translation>
                <numerusform>Période de saisie close : les chiffres de %1 pour %2 pouvaient être modifiés jusqu’au %3 UTC (%n jour après l’échéance) ; demandez une exception à l’équipe régionale. La modification est gardée sur votre ordinateur, mise de côté.</numerusform>
                <numerusform>Période de saisie close : les chiffres de %1 pour %2 pouvaient être modifiés jusqu’au %3 UTC (%n jours après l’échéance) ; demandez une exception à l’équipe régionale. La modification est gardée sur votre ordinateur, mise de côté.</numerusform>
            </translation>
        </message>
        <message>
            <source>The time zone %1 is not a zone of %2: use one of %3.</source>
            <translation>Le fuseau horaire %1 n’est pas un fuseau de %2 : choisissez parmi %3.</translation>
        </message>
        <message>
            <source>A monthly return is never deleted; send the month back instead.</source>
            <translation>Un rapport mensuel n’est jamais supprimé ; renvoyez plutôt le mois.</translation>
        </message>
        <message>
            <source>A step of this monthly return cannot be read.</source>
            <translation>Une étape de ce rapport mensuel est illisible.</translation>
        </message>
        <message>
            <source>The month is %1 on the hub; a change of state must carry its step.</source>
            <translation>Le mois est à l’état « %1 » sur le hub ; un changement d’état doit porter son étape.</translation>
        </message>
        <message>
            <source>The month is %1 on the hub: its return cannot change.</source>
            <translation>Le mois est à l’état « %1 » sur le hub : son rapport ne peut plus changer.</translation>
        </message>
        <message>
            <source>This month is %1 on the hub now, but your step (%2) was made when it was %3; nothing was changed. Sync to see the month as it is now, then act again.</source>
            <translation>Ce mois est maintenant à l’état « %1 » sur le hub, mais votre étape (%2) a été faite quand il était à l’état « %3 » ; rien n’a été modifié. Synchronisez pour voir le mois tel qu’il est, puis recommencez.</translation>
        </message>
        <message>
            <source>Step %1 (%2): %3</source>
            <translation>Étape %1 (%2) : %3</translation>
        </message>
        <message>
            <source>The steps lead to %1, not to %2.</source>
            <translation>Les étapes mènent à l’état « %1 », pas à « %2 ».</translation>
        </message>
        <message>
            <source>This account (%1) may not take this step on a month.</source>
            <translation>Ce compte (%1) ne peut pas faire cette étape sur un mois.</translation>
        </message>
        <message>
            <source>This step cannot be taken on a month that is %1.</source>
            <translation>Cette étape est impossible sur un mois à l’état « %1 ».</translation>
        </message>
        <message>
            <source>This country's months are approved by its national approver before the regional team accepts them; this month is submitted, not yet approved.</source>
            <translation>Les mois de ce pays sont approuvés par son approbateur national avant que l’équipe régionale ne les accepte ; ce mois est soumis, pas encore approuvé.</translation>
        </message>
        <message>
            <source>Say why: this step needs a comment.</source>
            <translation>Dites pourquoi : cette étape demande un commentaire.</translation>
        </message>
        <message>
            <source>The comment is too long (%1 characters; at most %2).</source>
            <translation>Le commentaire est trop long (%1 caractères ; au plus %2).</translation>
        </message>
    </context>
    <context>
        <name>RegionPanel</name>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>&amp;Pays :</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Année</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Année :</translation>
        </message>
        <message>
            <source>Monthly returns of every country</source>
            <translation>Rapports mensuels de tous les pays</translation>
        </message>
        <message>
            <source>The region's figures</source>
            <translation>Les chiffres de la région</translation>
        </message>
        <message>
            <source>All countries</source>
            <translation>Tous les pays</translation>
        </message>
        <message>
            <source>Read only: this computer acts on %1's months only. Accept, send back or reopen another country's months in the regional console.</source>
            <translation>Lecture seule : cet ordinateur n’agit que sur les mois de %1. Acceptez, renvoyez ou rouvrez les mois d’un autre pays dans la console régionale.</translation>
        </message>
        <message>
            <source>Reporting
rate</source>
            <translation>Taux de
rapports reçus</translation>
        </message>
        <message>
            <source>On-time
rate</source>
            <translation>Taux de
rapports à temps</translation>
        </message>
        <message>
            <source>The region in %1: %2 months expected, %3 received (%4 nil), %5 on time, %6 late, %7 missing, %8 accepted. Reporting rate %9, on-time rate %10.</source>
            <translation>La région en %1 : %2 mois attendus, %3 reçus (dont %4 néant), %5 à temps, %6 en retard, %7 manquants, %8 acceptés. Taux de rapports reçus %9, taux de rapports à temps %10.</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>Contacts listed: {contacts}. Countries: {countries}.</source>
            <translation>Contacts répertoriés : {contacts}. Pays : {countries}.</translation>
        </message>
        <message>
            <source>Engagements: meetings, exchanges, operations and workshops with the contact from {start} to {end}.</source>
            <translation>Échanges : réunions, échanges d'informations, opérations et ateliers avec le contact du {start} au {end}.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Fonction</translation>
        </message>
        <message>
            <source>Phones</source>
            <translation>Téléphones</translation>
        </message>
        <message>
            <source>E-mails</source>
            <translation>Courriels</translation>
        </message>
        <message>
            <source>I-24/7</source>
            <translation>I-24/7</translation>
        </message>
        <message>
            <source>Engagements</source>
            <translation>Échanges</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>{mark} Not reviewed for a long time: the review date passed more than one review interval ago. Check these details with the contact, or erase them.</source>
            <translation>{mark} Non révisé depuis longtemps : la date de révision est passée depuis plus d'un intervalle de révision. Vérifiez ces coordonnées avec le contact, ou effacez-les.</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>Femmes</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>Hommes</translation>
        </message>
        <message>
            <source>Another sex</source>
            <translation>Autre sexe</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Non indiqué</translation>
        </message>
        <message>
            <source>Searches</source>
            <translation>Recherches</translation>
        </message>
        <message>
            <source>Hits</source>
            <translation>Concordances</translation>
        </message>
        <message>
            <source>Notices requested</source>
            <translation>Notices demandées</translation>
        </message>
        <message>
            <source>Diffusions requested</source>
            <translation>Diffusions demandées</translation>
        </message>
        <message>
            <source>Messages exchanged</source>
            <translation>Messages échangés</translation>
        </message>
        <message>
            <source>Active user accounts</source>
            <translation>Comptes utilisateurs actifs</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Réunions</translation>
        </message>
        <message>
            <source>Information exchanges</source>
            <translation>Échanges d'informations</translation>
        </message>
        <message>
            <source>Joint operations</source>
            <translation>Opérations conjointes</translation>
        </message>
        <message>
            <source>Workshops</source>
            <translation>Ateliers</translation>
        </message>
        <message>
            <source>Training summary</source>
            <translation>Bilan des formations</translation>
        </message>
        <message>
            <source>INTERPOL capability usage</source>
            <translation>Utilisation des capacités d'INTERPOL</translation>
        </message>
        <message>
            <source>Regional contact directory</source>
            <translation>Répertoire régional des contacts</translation>
        </message>
        <message>
            <source>Quarterly country summary</source>
            <translation>Bilan trimestriel du pays</translation>
        </message>
        <message>
            <source>Due for refresher</source>
            <translation>À recycler</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Page {page} sur {pages}</translation>
        </message>
        <message>
            <source>People trained by sex per quarter</source>
            <translation>Personnes formées par sexe et par trimestre</translation>
        </message>
        <message>
            <source>Capability usage per month</source>
            <translation>Utilisation des capacités par mois</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>Attendances</source>
            <translation>Participations</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <source>Another or not stated</source>
            <translation>Autre ou non indiqué</translation>
        </message>
        <message>
            <source>Female share</source>
            <translation>Part des femmes</translation>
        </message>
        <message>
            <source>Completion rate</source>
            <translation>Taux d'achèvement</translation>
        </message>
        <message>
            <source>Mean pre-test</source>
            <translation>Moyenne pré-test</translation>
        </message>
        <message>
            <source>Mean post-test</source>
            <translation>Moyenne post-test</translation>
        </message>
        <message>
            <source>Mean improvement</source>
            <translation>Progression moyenne</translation>
        </message>
        <message>
            <source>Attendances by status: present {present}, late {late}, excused {excused}, absent {absent}. Attendances, people trained, completion and test scores count those present or late; excused and absent people were registered but are not counted as trained.</source>
            <translation>Participations par statut : présents {present}, en retard {late}, excusés {excused}, absents {absent}. Les participations, les personnes formées, l’achèvement et les notes aux tests comptent les présents et les retardataires ; les personnes excusées ou absentes étaient inscrites mais ne sont pas comptées comme formées.</translation>
        </message>
        <message>
            <source>Trainers: {trainers} (women {women}, men {men}, another or not stated {other}), each counted once; trainer-days: {days} (for each session, its trainers times its days).</source>
            <translation>Formateurs : {trainers} (femmes {women}, hommes {men}, autre ou non précisé {other}), comptés une fois chacun ; jours-formateur : {days} (pour chaque session, ses formateurs multipliés par ses jours).</translation>
        </message>
        <message>
            <source>Training sessions that started from {start} to {end}.</source>
            <translation>Sessions de formation commencées du {start} au {end}.</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>Chiffres clés</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Indicateur</translation>
        </message>
        <message>
            <source>Record id</source>
            <translation>Identifiant de la fiche</translation>
        </message>
        <message>
            <source>Recorded by (country)</source>
            <translation>Enregistrée par (pays)</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sexe</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Grade</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Fonction</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Type of organisation</source>
            <translation>Type d'organisme</translation>
        </message>
        <message>
            <source>Country of the contact</source>
            <translation>Pays du contact</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Langues</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Review date</source>
            <translation>Date de révision</translation>
        </message>
        <message>
            <source>Erased on</source>
            <translation>Effacée le</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Créée</translation>
        </message>
        <message>
            <source>Last changed</source>
            <translation>Dernière modification</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Supprimée</translation>
        </message>
        <message>
            <source>Revision on the hub</source>
            <translation>Révision sur le hub</translation>
        </message>
        <message>
            <source>Confirmed by the hub</source>
            <translation>Confirmée par le hub</translation>
        </message>
        <message>
            <source>Waiting to be sent</source>
            <translation>En attente d'envoi</translation>
        </message>
        <message>
            <source>Last changed on device</source>
            <translation>Dernière modification sur l'appareil</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Femme</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Homme</translation>
        </message>
        <message>
            <source>Another</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>Everything held about {name}</source>
            <translation>Tout ce qui est conservé sur {name}</translation>
        </message>
        <message>
            <source>This document contains personal data. Give it only to the person it is about, and keep it as safely as the app keeps it.</source>
            <translation>Ce document contient des données personnelles. Ne le remettez qu'à la personne concernée et conservez-le avec autant de soin que l'application.</translation>
        </message>
        <message>
            <source>The record</source>
            <translation>La fiche</translation>
        </message>
        <message>
            <source>Sync state</source>
            <translation>État de synchronisation</translation>
        </message>
        <message>
            <source>Training attended ({count})</source>
            <translation>Formations suivies ({count})</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Terminée</translation>
        </message>
        <message>
            <source>Pre-test</source>
            <translation>Test initial</translation>
        </message>
        <message>
            <source>Post-test</source>
            <translation>Test final</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Certificat</translation>
        </message>
        <message>
            <source>Sessions as trainer ({count})</source>
            <translation>Sessions comme formateur ({count})</translation>
        </message>
        <message>
            <source>Certificates ({count})</source>
            <translation>Certificats ({count})</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Name printed</source>
            <translation>Nom imprimé</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Délivré</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>Révoqué</translation>
        </message>
        <message>
            <source>Engagements ({count})</source>
            <translation>Échanges ({count})</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <source>Monthly returns that mention the name ({count})</source>
            <translation>Rapports mensuels qui citent le nom ({count})</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mois</translation>
        </message>
        <message>
            <source>Words</source>
            <translation>Texte</translation>
        </message>
        <message>
            <source>Personal data export</source>
            <translation>Export de données personnelles</translation>
        </message>
        <message>
            <source>People are counted once, however many sessions they attended. Test score means are over the {n} attendances with both a pre- and a post-test score.</source>
            <translation>Chaque personne est comptée une fois, quel que soit le nombre de sessions suivies. Les moyennes des tests portent sur les {n} participations ayant une note de pré-test et de post-test.</translation>
        </message>
        <message>
            <source>By quarter</source>
            <translation>Par trimestre</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Trimestre</translation>
        </message>
        <message>
            <source>By course</source>
            <translation>Par cours</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Cours</translation>
        </message>
        <message>
            <source>No training session started in this period.</source>
            <translation>Aucune session de formation n'a commencé pendant cette période.</translation>
        </message>
        <message>
            <source>Monthly capability reports from {first} to {last}. Reports counted: {n}.</source>
            <translation>Rapports mensuels sur les capacités de {first} à {last}. Rapports pris en compte : {n}.</translation>
        </message>
        <message>
            <source>Totals over the period</source>
            <translation>Totaux sur la période</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Mesure</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>By capability and month</source>
            <translation>Par capacité et par mois</translation>
        </message>
        <message>
            <source>No capability report for this period.</source>
            <translation>Aucun rapport sur les capacités pour cette période.</translation>
        </message>
        <message>
            <source>Capability</source>
            <translation>Capacité</translation>
        </message>
        <message>
            <source>1 · Training</source>
            <translation>1 · Formation</translation>
        </message>
        <message>
            <source>People trained</source>
            <translation>Personnes formées</translation>
        </message>
        <message>
            <source>Mean improvement (points)</source>
            <translation>Progression moyenne (points)</translation>
        </message>
        <message>
            <source>2 · INTERPOL policing capabilities</source>
            <translation>2 · Capacités policières d'INTERPOL</translation>
        </message>
        <message>
            <source>Monthly reports</source>
            <translation>Rapports mensuels</translation>
        </message>
        <message>
            <source>Reporting rate (monthly returns)</source>
            <translation>Taux de rapports reçus (rapports mensuels)</translation>
        </message>
        <message>
            <source>On-time rate (monthly returns)</source>
            <translation>Taux de rapports à temps (rapports mensuels)</translation>
        </message>
        <message>
            <source>3 · Regional cooperation</source>
            <translation>3 · Coopération régionale</translation>
        </message>
        <message>
            <source>Contacts engaged</source>
            <translation>Contacts mobilisés</translation>
        </message>
        <message>
            <source>Contacts in the directory (today)</source>
            <translation>Contacts au répertoire (aujourd'hui)</translation>
        </message>
        <message>
            <source>{value} pts</source>
            <translation>{value} pts</translation>
        </message>
        <message>
            <source>Quarterly country summary, {quarter}</source>
            <translation>Bilan trimestriel du pays, {quarter}</translation>
        </message>
        <message>
            <source>{quarter}: {start} to {end}, compared with {previous}.</source>
            <translation>{quarter} : du {start} au {end}, comparé à {previous}.</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Évolution</translation>
        </message>
        <message>
            <source>Generated {moment}</source>
            <translation>Produit le {moment}</translation>
        </message>
        <message>
            <source>on {day} in {place}</source>
            <translation>le {day} à {place}</translation>
        </message>
        <message>
            <source>on {day}</source>
            <translation>le {day}</translation>
        </message>
        <message>
            <source>from {start} to {end} in {place}</source>
            <translation>du {start} au {end} à {place}</translation>
        </message>
        <message>
            <source>from {start} to {end}</source>
            <translation>du {start} au {end}</translation>
        </message>
        <message>
            <source>Project Blue Pacific · {country}</source>
            <translation>Projet Blue Pacific · {country}</translation>
        </message>
        <message>
            <source>Certificate of training</source>
            <translation>Certificat de formation</translation>
        </message>
        <message>
            <source>This is to certify that</source>
            <translation>Le présent certificat atteste que</translation>
        </message>
        <message>
            <source>has completed the course</source>
            <translation>a suivi avec succès la formation</translation>
        </message>
        <message>
            <source>Organised by {organiser}</source>
            <translation>Organisée par {organiser}</translation>
        </message>
        <message>
            <source>Trainers: {names}</source>
            <translation>Formateurs : {names}</translation>
        </message>
        <message>
            <source>Valid until {day}</source>
            <translation>Valide jusqu’au {day}</translation>
        </message>
        <message>
            <source>Issued by {country} on {day}</source>
            <translation>Délivré par {country} le {day}</translation>
        </message>
        <message>
            <source>Verification code: {code}</source>
            <translation>Code de vérification : {code}</translation>
        </message>
        <message>
            <source>Check it at {url}</source>
            <translation>À vérifier sur {url}</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>du {start} au {end}</translation>
        </message>
        <message>
            <source>Sign-in sheet · Project Blue Pacific · {country}</source>
            <translation>Feuille d'émargement · Projet Blue Pacific · {country}</translation>
        </message>
        <message>
            <source>Session code</source>
            <translation>Code de session</translation>
        </message>
        <message>
            <source>People certified in a course with a validity whose refresher falls due by {end} (the overdue ones included): {n}.</source>
            <translation>Personnes certifiées dans une formation à durée de validité dont le recyclage est dû au plus tard le {end} (retards compris) : {n}.</translation>
        </message>
        <message>
            <source>A refresher is due the course's validity (in months) after the last day of the person's latest session of it, completed with a certificate, present or late.</source>
            <translation>Le recyclage est dû à l’issue de la durée de validité de la formation (en mois), comptée depuis le dernier jour de la dernière session suivie par la personne, achevée avec certificat, présente ou en retard.</translation>
        </message>
        <message>
            <source>Nobody is due for a refresher.</source>
            <translation>Personne n’est à recycler.</translation>
        </message>
        <message>
            <source>Last trained</source>
            <translation>Dernière formation</translation>
        </message>
        <message>
            <source>Refresher due</source>
            <translation>Recyclage dû le</translation>
        </message>
        <message>
            <source>{day} (overdue)</source>
            <translation>{day} (en retard)</translation>
        </message>
    </context>
    <context>
        <name>ReportCommand</name>
        <message>
            <source>--country is for the contacts report only.</source>
            <translation>--country ne sert qu'au rapport des contacts.</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %1 (%n rows, %2).</source>
            <translation>
                <numerusform>%1 écrit (%n ligne, %2).</numerusform>
                <numerusform>%1 écrit (%n lignes, %2).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %1 (%n pages, %2).</source>
            <translation>
                <numerusform>%1 écrit (%n page, %2).</numerusform>
                <numerusform>%1 écrit (%n pages, %2).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportTexts</name>
        <message>
            <source>Training summary</source>
            <translation>Bilan des formations</translation>
        </message>
        <message>
            <source>Capability usage</source>
            <translation>Utilisation des capacités</translation>
        </message>
        <message>
            <source>Contact directory</source>
            <translation>Annuaire des contacts</translation>
        </message>
        <message>
            <source>Quarterly country summary</source>
            <translation>Synthèse trimestrielle du pays</translation>
        </message>
        <message>
            <source>Preparing the report…</source>
            <translation>Préparation du rapport…</translation>
        </message>
        <message>
            <source>Print preview – %1</source>
            <translation>Aperçu avant impression – %1</translation>
        </message>
        <message>
            <source>Save the report as PDF (the file contains personal data)</source>
            <translation>Enregistrer le rapport en PDF (le fichier contient des données personnelles)</translation>
        </message>
        <message>
            <source>Export as CSV (the file contains personal data)</source>
            <translation>Exporter en CSV (le fichier contient des données personnelles)</translation>
        </message>
        <message numerus="yes">
            <source>Saved %1 (pages: %n).</source>
            <translation>
                <numerusform>%1 enregistré (%n page).</numerusform>
                <numerusform>%1 enregistré (%n pages).</numerusform>
            </translation>
        </message>
        <message>
            <source>Not printed</source>
            <translation>Non imprimé</translation>
        </message>
        <message>
            <source>Due for refresher</source>
            <translation>À recycler</translation>
        </message>
        <message numerus="yes">
            <source>%1 printed to the file %2 (pages: %n).</source>
            <translation>
                <numerusform>%1 imprimé dans le fichier %2 (page : %n).</numerusform>
                <numerusform>%1 imprimé dans le fichier %2 (pages : %n).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 sent to the printer «%2» (pages: %n).</source>
            <translation>
                <numerusform>%1 envoyé à l'imprimante « %2 » (page : %n).</numerusform>
                <numerusform>%1 envoyé à l'imprimante « %2 » (pages : %n).</numerusform>
            </translation>
        </message>
        <message>
            <source>default printer</source>
            <translation>imprimante par défaut</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>The file holds personal data: keep it where only the people who need it can open it, and delete it when it is no longer needed.</source>
            <translation>Le fichier contient des données personnelles : gardez-le là où seules les personnes qui en ont besoin peuvent l'ouvrir, et supprimez-le quand il n'est plus utile.</translation>
        </message>
        <message>
            <source>Saved %1 (%2 rows).</source>
            <translation>%1 enregistré (%2 lignes).</translation>
        </message>
        <message>
            <source>This computer is not set up yet: choose the country first.</source>
            <translation>Cet ordinateur n'est pas encore configuré : choisissez d'abord le pays.</translation>
        </message>
        <message>
            <source>The file could not be written (%1). Choose another folder or close the file if another program has it open.</source>
            <translation>Le fichier n'a pas pu être enregistré (%1). Choisissez un autre dossier, ou fermez le fichier si un autre programme l'a ouvert.</translation>
        </message>
        <message>
            <source>The report could not be made: %1</source>
            <translation>Le rapport n'a pas pu être produit : %1</translation>
        </message>
        <message>
            <source>The report could not be made (%1).</source>
            <translation>Le rapport n'a pas pu être produit (%1).</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <source>Language of the report</source>
            <translation>Langue du rapport</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Anglais</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Français</translation>
        </message>
        <message>
            <source>Paper size</source>
            <translation>Format du papier</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>Lettre US</translation>
        </message>
        <message>
            <source>&amp;Report:</source>
            <translation>&amp;Rapport :</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Période :</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <source>P&amp;aper:</source>
            <translation>Pap&amp;ier :</translation>
        </message>
        <message>
            <source>Pre&amp;view…</source>
            <translation>&amp;Voir l'aperçu…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>Im&amp;primer…</translation>
        </message>
        <message>
            <source>&amp;Save as PDF…</source>
            <translation>&amp;Enregistrer en PDF…</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>E&amp;xporter en CSV…</translation>
        </message>
        <message>
            <source>Import from a field sheet</source>
            <translation>Importer une feuille de terrain</translation>
        </message>
        <message>
            <source>Import attendance s&amp;heet…</source>
            <translation>Importer une &amp;feuille de présence…</translation>
        </message>
        <message>
            <source>Import &amp;contact list…</source>
            <translation>Importer une liste de &amp;contacts…</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Rapports</translation>
        </message>
        <message>
            <source>The first day is after the last day.</source>
            <translation>Le premier jour est après le dernier.</translation>
        </message>
    </context>
    <context>
        <name>Returns</name>
        <message>
            <source>Nil return (submitted)</source>
            <translation>Rapport néant (soumis)</translation>
        </message>
        <message>
            <source>Nil return (approved)</source>
            <translation>Rapport néant (approuvé)</translation>
        </message>
        <message>
            <source>Nil return (accepted)</source>
            <translation>Rapport néant (accepté)</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Brouillon</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Soumis</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approuvé</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Accepté</translation>
        </message>
        <message>
            <source>Not yet due</source>
            <translation>Pas encore dû</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>À temps</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>En retard</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Manquant</translation>
        </message>
        <message numerus="yes">
            <source>%1: %2 %3 is far from the usual %4 (the median of the last %n months); confirm it with a short explanation.</source>
            <translation>
                <numerusform>%1 : %2 %3, loin de l’habituel %4 (la médiane du dernier mois) ; confirmez-le par une courte explication.</numerusform>
                <numerusform>%1 : %2 %3, loin de l’habituel %4 (la médiane des %n derniers mois) ; confirmez-le par une courte explication.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Submit…</source>
            <translation>&amp;Soumettre…</translation>
        </message>
        <message>
            <source>&amp;Nil return…</source>
            <translation>Rapport &amp;néant…</translation>
        </message>
        <message>
            <source>&amp;Approve…</source>
            <translation>&amp;Approuver…</translation>
        </message>
        <message>
            <source>A&amp;ccept…</source>
            <translation>A&amp;ccepter…</translation>
        </message>
        <message>
            <source>Send &amp;back…</source>
            <translation>Ren&amp;voyer…</translation>
        </message>
        <message>
            <source>&amp;Reopen…</source>
            <translation>&amp;Rouvrir…</translation>
        </message>
        <message>
            <source>Nil return</source>
            <translation>Rapport néant</translation>
        </message>
        <message>
            <source>Sent back</source>
            <translation>Renvoyé</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>Rouvert</translation>
        </message>
        <message>
            <source>%1 is accepted: its figures cannot change. Only the regional team can reopen it.</source>
            <translation>%1 est accepté : ses chiffres ne peuvent plus changer. Seule l’équipe régionale peut le rouvrir.</translation>
        </message>
        <message>
            <source>%1 is approved: its figures cannot change. Only the national approver or the regional team can send it back.</source>
            <translation>%1 est approuvé : ses chiffres ne peuvent plus changer. Seul l’approbateur national ou l’équipe régionale peut le renvoyer.</translation>
        </message>
        <message>
            <source>%1 is submitted: its figures cannot change. Only the national approver or the regional team can send it back.</source>
            <translation>%1 est soumis : ses chiffres ne peuvent plus changer. Seul l’approbateur national ou l’équipe régionale peut le renvoyer.</translation>
        </message>
        <message>
            <source>%1: entry period closed on %2, its figures cannot change. Only the regional team can keep the month open longer.</source>
            <translation>%1 : période de saisie close le %2, ses chiffres ne peuvent plus changer. Seule l’équipe régionale peut garder le mois ouvert plus longtemps.</translation>
        </message>
        <message>
            <source>Next: the national approver approves it.</source>
            <translation>Prochaine étape : l’approbateur national l’approuve.</translation>
        </message>
        <message>
            <source>Next: the regional team accepts it (this country skips national approval).</source>
            <translation>Prochaine étape : l’équipe régionale l’accepte (ce pays se passe de l’approbation nationale).</translation>
        </message>
        <message>
            <source>Next: the regional team accepts it.</source>
            <translation>Prochaine étape : l’équipe régionale l’accepte.</translation>
        </message>
        <message>
            <source>searches</source>
            <translation>recherches</translation>
        </message>
        <message>
            <source>hits</source>
            <translation>concordances</translation>
        </message>
        <message>
            <source>notices requested</source>
            <translation>notices demandées</translation>
        </message>
        <message>
            <source>diffusions requested</source>
            <translation>diffusions demandées</translation>
        </message>
        <message>
            <source>messages exchanged</source>
            <translation>messages échangés</translation>
        </message>
        <message>
            <source>active accounts</source>
            <translation>comptes actifs</translation>
        </message>
        <message>
            <source>participants</source>
            <translation>participants</translation>
        </message>
        <message>
            <source>%1: %2 hits but only %3 searches; a hit is a search that found something, so hits cannot be more.</source>
            <translation>%1 : %2 concordances pour seulement %3 recherches ; une concordance est une recherche qui a trouvé quelque chose, il ne peut donc pas y en avoir plus.</translation>
        </message>
        <message>
            <source>%1: %2 does not apply to this capability; leave it empty.</source>
            <translation>%1 : « %2 » ne s’applique pas à cette capacité ; laissez la case vide.</translation>
        </message>
    </context>
    <context>
        <name>ReturnsCommand</name>
        <message>
            <source>refused by the hub: %1</source>
            <translation>refusé par le serveur : %1</translation>
        </message>
        <message>
            <source>(not yet on the hub)</source>
            <translation>(pas encore sur le serveur)</translation>
        </message>
        <message>
            <source>sent back: %1</source>
            <translation>renvoyé : %1</translation>
        </message>
        <message>
            <source>next: the regional team accepts it (no national approval)</source>
            <translation>ensuite : l'équipe régionale l'accepte (sans approbation nationale)</translation>
        </message>
        <message>
            <source>entry period closed on %1</source>
            <translation>période de saisie close le %1</translation>
        </message>
        <message>
            <source>No month to show.</source>
            <translation>Aucun mois à afficher.</translation>
        </message>
        <message>
            <source>Expected %1, received %2 (%3 nil), on time %4, late %5, missing %6, accepted %7.</source>
            <translation>Attendus %1, reçus %2 (dont %3 néant), à temps %4, en retard %5, manquants %6, acceptés %7.</translation>
        </message>
        <message>
            <source>--explain %1: write it as CODE=TEXT, e.g. %2; nothing was submitted.</source>
            <translation>--explain %1 : écrivez-le CODE=TEXTE, par exemple %2 ; rien n'a été soumis.</translation>
        </message>
        <message>
            <source>border operation this month</source>
            <translation>opération frontalière ce mois-ci</translation>
        </message>
        <message numerus="yes">
            <source>%1 was not submitted: %n problems to fix first.</source>
            <translation>
                <numerusform>%1 n'a pas été soumis : %n problème à corriger d'abord.</numerusform>
                <numerusform>%1 n'a pas été soumis : %n problèmes à corriger d'abord.</numerusform>
            </translation>
        </message>
        <message>
            <source>why</source>
            <comment>an explanation</comment>
            <translation>pourquoi</translation>
        </message>
        <message>
            <source>Confirm an unusual figure with %1.</source>
            <translation>Confirmez un chiffre inhabituel avec %1.</translation>
        </message>
        <message>
            <source>%1 is now %2. It reaches the hub at the next sync.</source>
            <translation>%1 est maintenant à l'état « %2 ». Le serveur le recevra à la prochaine synchronisation.</translation>
        </message>
        <message>
            <source>Its training sessions and engagements are locked with it.</source>
            <translation>Ses sessions de formation et ses échanges sont verrouillés avec lui.</translation>
        </message>
        <message>
            <source>Its training sessions are locked with it.</source>
            <translation>Ses sessions de formation sont verrouillées avec lui.</translation>
        </message>
        <message>
            <source>Its engagements are locked with it.</source>
            <translation>Ses échanges sont verrouillés avec lui.</translation>
        </message>
        <message>
            <source>%1 is %2 again, as the hub last said.</source>
            <translation>%1 est de nouveau à l'état « %2 », comme le serveur l'a dit en dernier.</translation>
        </message>
        <message>
            <source>submit</source>
            <comment>history step</comment>
            <translation>soumission</translation>
        </message>
        <message>
            <source>nil</source>
            <comment>history step</comment>
            <translation>rapport néant</translation>
        </message>
        <message>
            <source>approve</source>
            <comment>history step</comment>
            <translation>approbation</translation>
        </message>
        <message>
            <source>accept</source>
            <comment>history step</comment>
            <translation>acceptation</translation>
        </message>
        <message>
            <source>send back</source>
            <comment>history step</comment>
            <translation>renvoi</translation>
        </message>
        <message>
            <source>reopen</source>
            <comment>history step</comment>
            <translation>réouverture</translation>
        </message>
        <message>
            <source>%1: nothing has happened to this month yet (draft).</source>
            <translation>%1 : rien n'est encore arrivé à ce mois (brouillon).</translation>
        </message>
        <message>
            <source>%1: %2 → %3  by %4 on device %5</source>
            <translation>%1 : %2 → %3  par %4 sur l'appareil %5</translation>
        </message>
        <message>
            <source>%1: %2 → %3  by %4</source>
            <translation>%1 : %2 → %3  par %4</translation>
        </message>
        <message>
            <source>this computer</source>
            <translation>cet ordinateur</translation>
        </message>
        <message>
            <source>--all-countries: only a regional admin's computer holds every country's monthly returns; this computer's hub account sees its own country only (use `returns list`).</source>
            <translation>--all-countries : seul l’ordinateur d’un administrateur régional détient les rapports mensuels de tous les pays ; le compte de cet ordinateur sur le serveur ne voit que son propre pays (utilisez `returns list`).</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Reporting rate</source>
            <translation>Taux de rapports reçus</translation>
        </message>
        <message>
            <source>On-time rate</source>
            <translation>Taux de rapports à temps</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Région</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
    </context>
    <context>
        <name>ReturnsModel</name>
        <message>
            <source>Month</source>
            <translation>Mois</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>On time?</source>
            <translation>À temps ?</translation>
        </message>
        <message>
            <source>Capability
reports</source>
            <translation>Rapports de
capacités</translation>
        </message>
        <message>
            <source>On the hub</source>
            <translation>Sur le serveur
régional</translation>
        </message>
        <message>
            <source>Refused by the hub</source>
            <translation>Refusé par le serveur régional</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Pas encore</translation>
        </message>
    </context>
    <context>
        <name>ReturnsPage</name>
        <message>
            <source>Months</source>
            <translation>Mois</translation>
        </message>
        <message>
            <source>&amp;Months (newest first):</source>
            <translation>&amp;Mois (du plus récent au plus ancien) :</translation>
        </message>
        <message>
            <source>The month</source>
            <translation>Le mois</translation>
        </message>
        <message>
            <source>&amp;Give up the refused change…</source>
            <translation>A&amp;bandonner la modification refusée…</translation>
        </message>
        <message>
            <source>&amp;History of the month:</source>
            <translation>&amp;Historique du mois :</translation>
        </message>
        <message>
            <source>History of the month</source>
            <translation>Historique du mois</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Each month of your country is one return: submit it when its figures are complete; the national approver and the regional team take it from there.</source>
            <translation>Chaque mois de votre pays est un rapport mensuel : soumettez-le quand ses chiffres sont complets ; l’approbateur national et l’équipe régionale prennent ensuite le relais.</translation>
        </message>
        <message>
            <source>Monthly returns</source>
            <translation>Rapports mensuels</translation>
        </message>
        <message>
            <source>No month picked</source>
            <translation>Aucun mois choisi</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message numerus="yes">
            <source>%1. %n capability reports saved.</source>
            <translation>
                <numerusform>%1. %n rapport de capacité enregistré.</numerusform>
                <numerusform>%1. %n rapports de capacités enregistrés.</numerusform>
            </translation>
        </message>
        <message>
            <source>Sent back: “%1”</source>
            <translation>Renvoyé : « %1 »</translation>
        </message>
        <message>
            <source>Its training sessions and engagements were declared complete: they are locked too.</source>
            <translation>Ses sessions de formation et ses échanges ont été déclarés complets : ils sont verrouillés eux aussi.</translation>
        </message>
        <message>
            <source>Its training sessions were declared complete: they are locked too.</source>
            <translation>Ses sessions de formation ont été déclarées complètes : elles sont verrouillées elles aussi.</translation>
        </message>
        <message>
            <source>Its engagements were declared complete: they are locked too.</source>
            <translation>Ses échanges ont été déclarés complets : ils sont verrouillés eux aussi.</translation>
        </message>
        <message>
            <source>Explanations: %1</source>
            <translation>Explications : %1</translation>
        </message>
        <message>
            <source>The hub refused the last change: %1</source>
            <translation>Le serveur régional a refusé la dernière modification : %1</translation>
        </message>
        <message>
            <source>The last change is not yet on the hub: it goes at the next sync.</source>
            <translation>La dernière modification n’est pas encore sur le serveur régional : elle partira à la prochaine synchronisation.</translation>
        </message>
        <message>
            <source>Nothing for this computer's account to do on this month now.</source>
            <translation>Rien à faire sur ce mois pour le compte de cet ordinateur pour l’instant.</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Commentaire</translation>
        </message>
        <message>
            <source>This computer (not yet on the hub)</source>
            <translation>Cet ordinateur (pas encore sur le serveur régional)</translation>
        </message>
        <message>
            <source>Nil return</source>
            <translation>Rapport néant</translation>
        </message>
        <message>
            <source>Submit %1 as a nil return: nothing to report this month. A comment for the history (optional):</source>
            <translation>Soumettre %1 comme rapport néant : rien à signaler ce mois-ci. Un commentaire pour l’historique (facultatif) :</translation>
        </message>
        <message>
            <source>Submit the nil return</source>
            <translation>Soumettre le rapport néant</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Approuver</translation>
        </message>
        <message>
            <source>Approve %1 for your country. A comment for the history (optional):</source>
            <translation>Approuver %1 pour votre pays. Un commentaire pour l’historique (facultatif) :</translation>
        </message>
        <message>
            <source>Approve the month</source>
            <translation>Approuver le mois</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>Accepter</translation>
        </message>
        <message>
            <source>Accept %1 for the region. A comment for the history (optional):</source>
            <translation>Accepter %1 pour la région. Un commentaire pour l’historique (facultatif) :</translation>
        </message>
        <message>
            <source>Accept the month</source>
            <translation>Accepter le mois</translation>
        </message>
        <message>
            <source>Send back</source>
            <translation>Renvoyer</translation>
        </message>
        <message>
            <source>Send %1 back to the focal point, as a draft. Say what to correct (required):</source>
            <translation>Renvoyer %1 au point focal, comme brouillon. Dites ce qu’il faut corriger (obligatoire) :</translation>
        </message>
        <message>
            <source>Send the month back</source>
            <translation>Renvoyer le mois</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Rouvrir</translation>
        </message>
        <message>
            <source>Reopen the accepted %1, as a draft. Say why (required):</source>
            <translation>Rouvrir %1, déjà accepté, comme brouillon. Dites pourquoi (obligatoire) :</translation>
        </message>
        <message>
            <source>Reopen the month</source>
            <translation>Rouvrir le mois</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>%1 is now %2. It reaches the hub at the next sync.</source>
            <translation>%1 est maintenant : %2. Il atteindra le serveur régional à la prochaine synchronisation.</translation>
        </message>
        <message>
            <source>Not done: %1</source>
            <translation>Non effectué : %1</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>En cours…</translation>
        </message>
        <message numerus="yes">
            <source>%1 was not submitted: %n problems.</source>
            <translation>
                <numerusform>%1 n’a pas été soumis : %n problème.</numerusform>
                <numerusform>%1 n’a pas été soumis : %n problèmes.</numerusform>
            </translation>
        </message>
        <message>
            <source>Give up the refused change</source>
            <translation>Abandonner la modification refusée</translation>
        </message>
        <message>
            <source>Give up this computer's change of %1 that the hub refused? The month goes back to what the hub last said; you can then act on it again.</source>
            <translation>Abandonner la modification de %1 faite sur cet ordinateur et refusée par le serveur régional ? Le mois revient à ce que le serveur régional a dit en dernier ; vous pourrez ensuite agir à nouveau.</translation>
        </message>
        <message>
            <source>&amp;Give up the change</source>
            <translation>A&amp;bandonner la modification</translation>
        </message>
        <message>
            <source>%1 is back to what the hub last said: %2.</source>
            <translation>%1 est revenu à ce que le serveur régional a dit en dernier : %2.</translation>
        </message>
    </context>
    <context>
        <name>ReviewBox</name>
        <message>
            <source>Contacts' review dates</source>
            <translation>Dates de révision des contacts</translation>
        </message>
        <message>
            <source>&amp;Next review after “Still correct”:</source>
            <translation>&amp;Prochaine révision après « Toujours exact » :</translation>
        </message>
        <message>
            <source>Review interval</source>
            <translation>Intervalle de révision</translation>
        </message>
        <message numerus="yes">
            <source>in %n months</source>
            <translation>
                <numerusform>dans %n mois</numerusform>
                <numerusform>dans %n mois</numerusform>
            </translation>
        </message>
        <message>
            <source>A contact whose review date passed more than this long ago is marked “not reviewed for long” in the directory and in the contacts report.</source>
            <translation>Un contact dont la date de révision est passée depuis plus longtemps que cela est marqué « non révisé depuis longtemps » dans l'annuaire et dans le rapport des contacts.</translation>
        </message>
        <message numerus="yes">
            <source>Saved: “Still correct” now sets the next review in %n months.</source>
            <translation>
                <numerusform>Enregistré : « Toujours exact » fixe désormais la prochaine révision dans %n mois.</numerusform>
                <numerusform>Enregistré : « Toujours exact » fixe désormais la prochaine révision dans %n mois.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RoleName</name>
        <message>
            <source>focal point</source>
            <translation>point focal</translation>
        </message>
        <message>
            <source>national approver</source>
            <translation>approbateur national</translation>
        </message>
        <message>
            <source>regional administrator</source>
            <translation>administrateur régional</translation>
        </message>
    </context>
    <context>
        <name>RowTexts</name>
        <message>
            <source>Narrative</source>
            <translation>Récit</translation>
        </message>
        <message>
            <source>What was done with this capability this month. No names or personal details of suspects or victims.</source>
            <translation>Ce qui a été fait avec cette capacité ce mois-ci. Aucun nom ni détail personnel de suspects ou de victimes.</translation>
        </message>
        <message>
            <source>Success stories</source>
            <translation>Résultats positifs</translation>
        </message>
        <message>
            <source>Results this capability helped to achieve. No names or personal details of suspects or victims.</source>
            <translation>Résultats obtenus grâce à cette capacité. Aucun nom ni détail personnel de suspects ou de victimes.</translation>
        </message>
        <message>
            <source>&amp;Narrative:</source>
            <translation>&amp;Récit :</translation>
        </message>
        <message>
            <source>Success s&amp;tories:</source>
            <translation>Résultats &amp;positifs :</translation>
        </message>
        <message>
            <source>Narrative and success stories: %1</source>
            <translation>Récit et résultats positifs : %1</translation>
        </message>
        <message>
            <source>Narrative and success stories: choose a capability in the grid</source>
            <translation>Récit et résultats positifs : choisissez une capacité dans la grille</translation>
        </message>
    </context>
    <context>
        <name>SessionEditor</name>
        <message>
            <source>Training session</source>
            <translation>Session de formation</translation>
        </message>
        <message>
            <source>New session</source>
            <translation>Nouvelle session</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Sign-&amp;in sheet…</source>
            <translation>Feuille d'é&amp;margement…</translation>
        </message>
        <message>
            <source>Cer&amp;tificates…</source>
            <translation>Cer&amp;tificats…</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Add a person by name</source>
            <translation>Ajouter une personne par son nom</translation>
        </message>
        <message>
            <source>Add a &amp;person:</source>
            <translation>Ajouter une &amp;personne :</translation>
        </message>
        <message>
            <source>Create ne&amp;w person…</source>
            <translation>Créer une nou&amp;velle personne…</translation>
        </message>
        <message>
            <source>Attendees</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Remo&amp;ve attendee</source>
            <translation>Retirer le partic&amp;ipant</translation>
        </message>
        <message>
            <source>%1 is already on the list.</source>
            <translation>%1 est déjà sur la liste.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
        <message>
            <source>Save the new training session before closing?</source>
            <translation>Enregistrer la nouvelle session de formation avant de fermer ?</translation>
        </message>
        <message>
            <source>Save the changes to the session «%1» before closing?</source>
            <translation>Enregistrer les modifications de la session « %1 » avant de fermer ?</translation>
        </message>
        <message>
            <source>Nothing was saved: correct the fields shown in red.</source>
            <translation>Rien n'a été enregistré : corrigez les champs signalés en rouge.</translation>
        </message>
        <message>
            <source>Nothing was saved: %1</source>
            <translation>Rien n'a été enregistré : %1</translation>
        </message>
    </context>
    <context>
        <name>SessionForm</name>
        <message>
            <source>Choose a course</source>
            <translation>Choisir une formation</translation>
        </message>
        <message>
            <source>Choose how it was given</source>
            <translation>Choisir la modalité</translation>
        </message>
        <message>
            <source>Remove trainer</source>
            <translation>Retirer le formateur</translation>
        </message>
        <message>
            <source>&amp;Course:</source>
            <translation>&amp;Cours :</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Cours</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titre :</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>&amp;Mode:</source>
            <translation>&amp;Modalité :</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Modalité</translation>
        </message>
        <message>
            <source>Start &amp;date:</source>
            <translation>Date de &amp;début :</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Date de début</translation>
        </message>
        <message>
            <source>&amp;End date:</source>
            <translation>Date de &amp;fin :</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Date de fin</translation>
        </message>
        <message>
            <source>Time &amp;zone:</source>
            <translation>Fuseau &amp;horaire :</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Fuseau horaire</translation>
        </message>
        <message>
            <source>Locat&amp;ion:</source>
            <translation>&amp;Lieu :</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>&amp;Organiser:</source>
            <translation>&amp;Organisateur :</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>Organisateur</translation>
        </message>
        <message>
            <source>T&amp;rainers:</source>
            <translation>Fo&amp;rmateurs :</translation>
        </message>
        <message>
            <source>Trainers</source>
            <translation>Formateurs</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Notes :</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Find a trainer by name</source>
            <translation>Chercher un formateur par son nom</translation>
        </message>
    </context>
    <context>
        <name>SessionsView</name>
        <message>
            <source>Title, place or course</source>
            <translation>Titre, lieu ou cours</translation>
        </message>
        <message>
            <source>Search sessions</source>
            <translation>Rechercher des sessions</translation>
        </message>
        <message>
            <source>Course filter</source>
            <translation>Filtre par cours</translation>
        </message>
        <message>
            <source>All courses</source>
            <translation>Tous les cours</translation>
        </message>
        <message>
            <source>Sessions ending on or after this day</source>
            <translation>Sessions se terminant ce jour ou après</translation>
        </message>
        <message>
            <source>Sessions starting on or before this day</source>
            <translation>Sessions commençant ce jour ou avant</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Cours</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Modalité</translation>
        </message>
        <message>
            <source>Attendees</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Sync state</source>
            <translation>État de synchronisation</translation>
        </message>
        <message>
            <source>Training sessions</source>
            <translation>Sessions de formation</translation>
        </message>
        <message>
            <source>Sea&amp;rch:</source>
            <translation>&amp;Rechercher :</translation>
        </message>
        <message>
            <source>C&amp;ourse:</source>
            <translation>C&amp;ours :</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Du :</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>A&amp;u :</translation>
        </message>
        <message>
            <source>&amp;Any date</source>
            <translation>&amp;Toutes les dates</translation>
        </message>
        <message>
            <source>&amp;New session…</source>
            <translation>&amp;Nouvelle session…</translation>
        </message>
        <message>
            <source>Op&amp;en…</source>
            <translation>Ou&amp;vrir…</translation>
        </message>
        <message>
            <source>Re&amp;cord the first session…</source>
            <translation>&amp;Enregistrer la première session…</translation>
        </message>
        <message>
            <source>De&amp;lete…</source>
            <translation>Suppri&amp;mer…</translation>
        </message>
        <message>
            <source>Any</source>
            <translation>Toutes</translation>
        </message>
        <message>
            <source>Sessions shown: %1</source>
            <translation>Sessions affichées : %1</translation>
        </message>
        <message>
            <source>No training session matches these filters.</source>
            <translation>Aucune session de formation ne correspond à ces filtres.</translation>
        </message>
        <message>
            <source>Ne&amp;w session…</source>
            <translation>Nouvelle sess&amp;ion…</translation>
        </message>
        <message>
            <source>The training sessions held or attended by your police are recorded here, each with its list of attendees. No session is recorded yet.</source>
            <translation>Les sessions de formation organisées ou suivies par votre police sont enregistrées ici, chacune avec sa liste de participants. Aucune session n'est encore enregistrée.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <source>Language saved: every screen uses it now.</source>
            <translation>Langue enregistrée : tous les écrans l'utilisent maintenant.</translation>
        </message>
    </context>
    <context>
        <name>SetupCommand</name>
        <message>
            <source>This computer is set up for %1 (%2), language %3, time zone %4.</source>
            <translation>Cet ordinateur est configuré pour %1 (%2), langue %3, fuseau horaire %4.</translation>
        </message>
        <message>
            <source>Device id: %1</source>
            <translation>Identifiant de l'appareil : %1</translation>
        </message>
    </context>
    <context>
        <name>SheetsCommand</name>
        <message>
            <source>Say where to write it: --pdf or --xlsx.</source>
            <translation>Indiquez où l'écrire : --pdf ou --xlsx.</translation>
        </message>
        <message>
            <source>Wrote %1.</source>
            <translation>%1 écrit.</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %1 (%n pages).</source>
            <translation>
                <numerusform>%1 écrit (%n page).</numerusform>
                <numerusform>%1 écrit (%n pages).</numerusform>
            </translation>
        </message>
        <message>
            <source>Session code %1, %2 registered attendees.</source>
            <translation>Code de session %1, %2 participants inscrits.</translation>
        </message>
    </context>
    <context>
        <name>SignInSheetDialog</name>
        <message>
            <source>Sign-in sheet</source>
            <translation>Feuille d'émargement</translation>
        </message>
        <message>
            <source>The sheet lists the session's attendees as saved, each with a row id, and blank rows for walk-ins. Its session code, on every page, brings the filled sheet back to this session when you import it.</source>
            <translation>La feuille liste les participants de la session tels qu'enregistrés, chacun avec un numéro de ligne, et laisse des lignes vides pour ceux qui viennent sans inscription. Son code de session, sur chaque page, ramène la feuille remplie à cette session quand vous l'importez.</translation>
        </message>
        <message>
            <source>Session code</source>
            <translation>Code de session</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>Lettre US</translation>
        </message>
        <message>
            <source>Session code:</source>
            <translation>Code de session :</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <source>&amp;Paper:</source>
            <translation>&amp;Papier :</translation>
        </message>
        <message>
            <source>Save as &amp;PDF…</source>
            <translation>Enregistrer en &amp;PDF…</translation>
        </message>
        <message>
            <source>Save &amp;Excel template…</source>
            <translation>Enregistrer le modèle &amp;Excel…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Save the sign-in sheet</source>
            <translation>Enregistrer la feuille d'émargement</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Classeurs Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Writing…</source>
            <translation>Écriture…</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>%1 enregistré.</translation>
        </message>
        <message>
            <source>Nothing was written: %1</source>
            <translation>Rien n'a été écrit : %1</translation>
        </message>
    </context>
    <context>
        <name>StatusCommand</name>
        <message>
            <source>people</source>
            <translation>personnes</translation>
        </message>
        <message>
            <source>training sessions</source>
            <translation>sessions de formation</translation>
        </message>
        <message>
            <source>attendances</source>
            <translation>participations</translation>
        </message>
        <message>
            <source>capability reports</source>
            <translation>rapports de capacités</translation>
        </message>
        <message>
            <source>contacts</source>
            <translation>contacts</translation>
        </message>
        <message>
            <source>engagements</source>
            <translation>échanges</translation>
        </message>
        <message>
            <source>monthly returns</source>
            <translation>rapports mensuels</translation>
        </message>
        <message>
            <source>certificates</source>
            <translation>certificats</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>%1 (up to date)</source>
            <translation>%1 (à jour)</translation>
        </message>
        <message>
            <source>%1 (this version's newest is %2)</source>
            <translation>%1 (la plus récente de cette version est %2)</translation>
        </message>
        <message>
            <source>Data file:</source>
            <translation>Fichier de données :</translation>
        </message>
        <message>
            <source>Schema:</source>
            <translation>Schéma :</translation>
        </message>
        <message>
            <source>Country:</source>
            <translation>Pays :</translation>
        </message>
        <message>
            <source>not set up yet (run: bluepacific-desktop init)</source>
            <translation>pas encore configuré (lancez : bluepacific-desktop init)</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Langue :</translation>
        </message>
        <message>
            <source>Device id:</source>
            <translation>Identifiant de l'appareil :</translation>
        </message>
        <message>
            <source>Records:</source>
            <translation>Enregistrements :</translation>
        </message>
        <message numerus="yes">
            <source>(%n deleted)</source>
            <translation>
                <numerusform>(%n supprimé)</numerusform>
                <numerusform>(%n supprimés)</numerusform>
            </translation>
        </message>
        <message>
            <source>Waiting to sync:</source>
            <translation>En attente de synchronisation :</translation>
        </message>
        <message numerus="yes">
            <source>%n changes</source>
            <translation>
                <numerusform>%n modification</numerusform>
                <numerusform>%n modifications</numerusform>
            </translation>
        </message>
        <message>
            <source>Set aside:</source>
            <translation>Mises de côté :</translation>
        </message>
        <message numerus="yes">
            <source>%n changes the hub refused; they need someone to look at them</source>
            <translation>
                <numerusform>%n modification refusée par le serveur ; quelqu'un doit l'examiner</numerusform>
                <numerusform>%n modifications refusées par le serveur ; quelqu'un doit les examiner</numerusform>
            </translation>
        </message>
        <message>
            <source>not connected</source>
            <translation>non connecté</translation>
        </message>
        <message>
            <source>(user %1)</source>
            <translation>(utilisateur %1)</translation>
        </message>
        <message>
            <source>Hub:</source>
            <translation>Serveur :</translation>
        </message>
        <message>
            <source>Last sync:</source>
            <translation>Dernière synchronisation :</translation>
        </message>
        <message>
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <source>Conflicts:</source>
            <translation>Conflits :</translation>
        </message>
        <message>
            <source>%1 (see: bluepacific-desktop conflicts list)</source>
            <translation>%1 (voir : bluepacific-desktop conflicts list)</translation>
        </message>
        <message>
            <source>  set aside: %1 %2: %3</source>
            <translation>  mise de côté : %1 %2 : %3</translation>
        </message>
        <message>
            <source>Last problem:</source>
            <translation>Dernier problème :</translation>
        </message>
        <message>
            <source>Clock:</source>
            <translation>Horloge :</translation>
        </message>
    </context>
    <context>
        <name>SubmitDialog</name>
        <message>
            <source>Submit</source>
            <translation>Soumettre</translation>
        </message>
        <message>
            <source>Submit %1? Its capability figures are then locked until the national approver or the regional team sends it back.</source>
            <translation>Soumettre %1 ? Ses chiffres de capacités seront alors verrouillés jusqu’à ce que l’approbateur national ou l’équipe régionale le renvoie.</translation>
        </message>
        <message>
            <source>&amp;Submit</source>
            <translation>&amp;Soumettre</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>SyncCommand</name>
        <message>
            <source>Hub password: </source>
            <translation>Mot de passe du serveur : </translation>
        </message>
        <message>
            <source>No password was given on standard input.</source>
            <translation>Aucun mot de passe n'a été donné sur l'entrée standard.</translation>
        </message>
        <message>
            <source>Logged in, but: %1</source>
            <translation>Connecté, mais : %1</translation>
        </message>
        <message>
            <source>Logged in to %1 as %2; the access is kept in the system keyring.</source>
            <translation>Connecté à %1 en tant que %2 ; l'accès est conservé dans le trousseau du système.</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n changes not yet on the hub to %1; they stay queued.</source>
            <translation>
                <numerusform>%n modification pas encore sur le serveur écrite dans %1 ; elle reste en file.</numerusform>
                <numerusform>%n modifications pas encore sur le serveur écrites dans %1 ; elles restent en file.</numerusform>
            </translation>
        </message>
        <message>
            <source>Logged out: this computer's hub access was removed from the keyring.</source>
            <translation>Déconnecté : l'accès de cet ordinateur au serveur a été retiré du trousseau.</translation>
        </message>
        <message numerus="yes">
            <source>Sent: %n changes</source>
            <translation>
                <numerusform>Envoyé : %n modification</numerusform>
                <numerusform>Envoyé : %n modifications</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n the hub already had)</source>
            <translation>
                <numerusform>(%n que le serveur avait déjà)</numerusform>
                <numerusform>(%n que le serveur avait déjà)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Received: %n records</source>
            <translation>
                <numerusform>Reçu : %n enregistrement</numerusform>
                <numerusform>Reçu : %n enregistrements</numerusform>
            </translation>
        </message>
        <message>
            <source>On the wire: %1 bytes up, %2 bytes down, %3 round trips</source>
            <translation>Sur la liaison : %1 octets envoyés, %2 octets reçus, %3 allers-retours</translation>
        </message>
        <message numerus="yes">
            <source>Set aside: %n changes the hub refused:</source>
            <translation>
                <numerusform>Mise de côté : %n modification refusée par le serveur :</numerusform>
                <numerusform>Mises de côté : %n modifications refusées par le serveur :</numerusform>
            </translation>
        </message>
        <message>
            <source>Conflicts: %1 (see: bluepacific-desktop conflicts list)</source>
            <translation>Conflits : %1 (voir : bluepacific-desktop conflicts list)</translation>
        </message>
        <message numerus="yes">
            <source>%n changes have not reached the hub: they were set aside or wait for a conflict decision (see 'status' and 'conflicts list').</source>
            <translation>
                <numerusform>%n modification n'est pas arrivée sur le serveur : elle a été mise de côté ou attend une décision sur un conflit (voir « status » et « conflicts list »).</numerusform>
                <numerusform>%n modifications ne sont pas arrivées sur le serveur : elles ont été mises de côté ou attendent une décision sur un conflit (voir « status » et « conflicts list »).</numerusform>
            </translation>
        </message>
        <message>
            <source>No hub is set: log in first with 'bluepacific-desktop login --hub URL --username NAME'.</source>
            <translation>Aucun serveur n'est défini : connectez-vous d'abord avec « bluepacific-desktop login --hub URL --username NOM ».</translation>
        </message>
        <message>
            <source>Up to date: everything on this computer is on the hub.</source>
            <translation>À jour : tout ce qui est sur cet ordinateur est sur le serveur.</translation>
        </message>
        <message>
            <source>Trying again in %1 s.</source>
            <translation>Nouvel essai dans %1 s.</translation>
        </message>
        <message>
            <source>No conflicts: nothing waits for a decision.</source>
            <translation>Aucun conflit : rien n'attend de décision.</translation>
        </message>
        <message>
            <source>#%1 %2 %3 (changed elsewhere by device %4)</source>
            <translation>n° %1 %2 %3 (modifié ailleurs par l'appareil %4)</translation>
        </message>
        <message>
            <source>%1: mine = %2  theirs = %3</source>
            <translation>%1 : ici = %2  ailleurs = %3</translation>
        </message>
        <message>
            <source>Conflict #%1 resolved: kept %2. Sync to send the decision.</source>
            <translation>Conflit n° %1 réglé : %2 conservé. Synchronisez pour envoyer la décision.</translation>
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
            <source>Changes made during the sync go with the next one</source>
            <translation>Les modifications faites pendant la synchronisation partiront avec la suivante</translation>
        </message>
        <message>
            <source>Some changes need your attention</source>
            <translation>Certaines modifications demandent votre attention</translation>
        </message>
        <message>
            <source>Sync could not start (%1). Nothing is lost; try again.</source>
            <translation>La synchronisation n'a pas pu démarrer (%1). Rien n'est perdu ; réessayez.</translation>
        </message>
    </context>
    <context>
        <name>SyncMarks</name>
        <message>
            <source>Sent</source>
            <translation>Envoyé</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>En attente</translation>
        </message>
        <message>
            <source>Set aside</source>
            <translation>Mis de côté</translation>
        </message>
        <message>
            <source>Conflict</source>
            <translation>Conflit</translation>
        </message>
        <message>
            <source>On the hub since %1</source>
            <translation>Sur le serveur depuis le %1</translation>
        </message>
        <message>
            <source>On the hub</source>
            <translation>Sur le serveur régional</translation>
        </message>
        <message>
            <source>Waiting to sync: not on the hub yet. It is sent at the next sync.</source>
            <translation>En attente de synchronisation : pas encore sur le serveur. Envoi à la prochaine synchronisation.</translation>
        </message>
        <message>
            <source>Set aside: the hub refused this change. See the Sync screen.</source>
            <translation>Mis de côté : le serveur a refusé cette modification. Voir l’écran Synchronisation.</translation>
        </message>
        <message>
            <source>Conflict: changed here and elsewhere. Decide on the Sync screen.</source>
            <translation>Conflit : modifié ici et ailleurs. Décidez sur l’écran Synchronisation.</translation>
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
            <source>Sync &amp;automatically</source>
            <translation>Synchronisation &amp;automatique</translation>
        </message>
        <message>
            <source>Sync automatically when a link is available</source>
            <translation>Synchroniser automatiquement dès qu'une connexion est disponible</translation>
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
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
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
            <translation>Modifié à deux endroits : choisissez la version à garder</translation>
        </message>
        <message>
            <source>Refused by the hub: fix the record, then send again</source>
            <translation>Refusé par le serveur : corrigez la fiche, puis renvoyez-la</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <source>Hub: %1 (user %2)</source>
            <translation>Serveur : %1 (utilisateur %2)</translation>
        </message>
        <message>
            <source>Not connected to a hub. Everything works offline; connect when you have a link.</source>
            <translation>Non connecté à un serveur. Tout fonctionne hors ligne ; connectez-vous quand vous avez une connexion.</translation>
        </message>
        <message>
            <source>Last problem: %1</source>
            <translation>Dernier problème : %1</translation>
        </message>
        <message numerus="yes">
            <source>The hub is busy; trying again in %n seconds.</source>
            <translation>
                <numerusform>Le serveur est occupé ; nouvel essai dans %n seconde.</numerusform>
                <numerusform>Le serveur est occupé ; nouvel essai dans %n secondes.</numerusform>
            </translation>
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
            <source>Next sync</source>
            <translation>Prochaine synchronisation</translation>
        </message>
        <message>
            <source>Last successful sync</source>
            <translation>Dernière synchronisation réussie</translation>
        </message>
        <message>
            <source>A newer version exists</source>
            <translation>Une version plus récente existe</translation>
        </message>
        <message>
            <source>Records received</source>
            <translation>Fiches reçues</translation>
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
            <source>Waiting to sync</source>
            <translation>En attente de synchronisation</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>À vérifier</translation>
        </message>
        <message>
            <source>Sync error</source>
            <translation>Erreur de synchronisation</translation>
        </message>
        <message>
            <source>Nothing to send</source>
            <translation>Rien à envoyer</translation>
        </message>
        <message>
            <source>Next try at %1</source>
            <translation>Nouvel essai à %1</translation>
        </message>
        <message>
            <source>Sending at %1</source>
            <translation>Envoi à %1</translation>
        </message>
        <message numerus="yes">
            <source>Nothing to send; %Ln records received.</source>
            <translation>
                <numerusform>Rien à envoyer ; %Ln fiche reçue.</numerusform>
                <numerusform>Rien à envoyer ; %Ln fiches reçues.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 records received</source>
            <translation>%1 fiches reçues sur %2</translation>
        </message>
        <message numerus="yes">
            <source>about %n minutes left</source>
            <translation>
                <numerusform>encore environ %n minute</numerusform>
                <numerusform>encore environ %n minutes</numerusform>
            </translation>
        </message>
        <message>
            <source>less than a minute left</source>
            <translation>moins d'une minute restante</translation>
        </message>
        <message>
            <source>Version %1 is available — ask your regional team for the installer</source>
            <translation>La version %1 est disponible : demandez le programme d'installation à votre équipe régionale</translation>
        </message>
        <message numerus="yes">
            <source>%Ln changes waiting</source>
            <translation>
                <numerusform>%Ln modification en attente</numerusform>
                <numerusform>%Ln modifications en attente</numerusform>
            </translation>
        </message>
        <message>
            <source>Never synced</source>
            <translation>Jamais synchronisé</translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation>Dernière synchronisation : %1</translation>
        </message>
    </context>
    <context>
        <name>ToDoBox</name>
        <message>
            <source>To do</source>
            <translation>À faire</translation>
        </message>
        <message>
            <source>No contact is due for review</source>
            <translation>Aucun contact à revoir</translation>
        </message>
        <message>
            <source>No record changed in two places</source>
            <translation>Aucune fiche modifiée à deux endroits</translation>
        </message>
        <message>
            <source>No change refused by the hub</source>
            <translation>Aucune modification refusée par le serveur</translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts due for review</source>
            <translation>
                <numerusform>%Ln contact à revoir</numerusform>
                <numerusform>%Ln contacts à revoir</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n months with no figures and no return yet, the oldest %1</source>
            <translation>
                <numerusform>%n mois sans chiffres ni déclaration : %1</numerusform>
                <numerusform>%n mois sans chiffres ni déclaration, le plus ancien : %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Every month has figures or a return</source>
            <translation>Chaque mois a des chiffres ou une déclaration</translation>
        </message>
        <message numerus="yes">
            <source>%Ln records changed in two places: choose what to keep</source>
            <translation>
                <numerusform>%Ln fiche modifiée à deux endroits : choisissez quoi garder</numerusform>
                <numerusform>%Ln fiches modifiées à deux endroits : choisissez quoi garder</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln changes refused by the hub: fix, then send again</source>
            <translation>
                <numerusform>%Ln modification refusée par le serveur : corrigez-la, puis renvoyez-la</numerusform>
                <numerusform>%Ln modifications refusées par le serveur : corrigez-les, puis renvoyez-les</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln changes waiting to be sent</source>
            <translation>
                <numerusform>%Ln modification en attente d'envoi</numerusform>
                <numerusform>%Ln modifications en attente d'envoi</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing waiting to be sent</source>
            <translation>Rien en attente d'envoi</translation>
        </message>
        <message>
            <source>No month of the project has ended yet</source>
            <translation>Aucun mois du projet n'est encore terminé</translation>
        </message>
        <message>
            <source>Months so far: accepted %1, approved %2, submitted %3, not submitted %4</source>
            <translation>Mois écoulés : acceptés : %1, approuvés : %2, soumis : %3, non soumis : %4</translation>
        </message>
        <message>
            <source>No month sent back to you</source>
            <translation>Aucun mois ne vous a été renvoyé</translation>
        </message>
        <message>
            <source>%1 was sent back to you: “%2”</source>
            <translation>%1 vous a été renvoyé : « %2 »</translation>
        </message>
        <message numerus="yes">
            <source>%n months sent back to you; the oldest, %1: “%2”</source>
            <translation>
                <numerusform>%n mois vous a été renvoyé ; le plus ancien, %1 : « %2 »</numerusform>
                <numerusform>%n mois vous ont été renvoyés ; le plus ancien, %1 : « %2 »</numerusform>
            </translation>
        </message>
        <message>
            <source>No return due in the coming week</source>
            <translation>Aucune déclaration attendue dans la semaine</translation>
        </message>
        <message>
            <source>%1's return is due by %2</source>
            <translation>La déclaration de %1 est attendue au plus tard le %2</translation>
        </message>
        <message>
            <source>Never synced with the hub</source>
            <translation>Jamais synchronisé avec le serveur</translation>
        </message>
        <message>
            <source>Last successful sync: %1</source>
            <translation>Dernière synchronisation réussie : %1</translation>
        </message>
    </context>
    <context>
        <name>TrainingPage</name>
        <message>
            <source>&amp;Sessions</source>
            <translation>&amp;Sessions</translation>
        </message>
        <message>
            <source>&amp;People</source>
            <translation>&amp;Personnes</translation>
        </message>
        <message>
            <source>&amp;Due for refresher</source>
            <translation>À &amp;recycler</translation>
        </message>
        <message>
            <source>Import attendance s&amp;heet…</source>
            <translation>Importer une &amp;feuille de présence…</translation>
        </message>
        <message>
            <source>&amp;Verify a code…</source>
            <translation>&amp;Vérifier un code…</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Formation</translation>
        </message>
        <message numerus="yes">
            <source>Delete the session «%1» and its %n attendance records?</source>
            <translation>
                <numerusform>Supprimer la session « %1 » et sa fiche de présence (%n) ?</numerusform>
                <numerusform>Supprimer la session « %1 » et ses %n fiches de présence ?</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete the session «%1»? It has no attendance records.</source>
            <translation>Supprimer la session « %1 » ? Elle n’a aucune fiche de présence.</translation>
        </message>
        <message>
            <source>Delete «%1» from the directory of people?</source>
            <translation>Supprimer « %1 » de l’annuaire des personnes ?</translation>
        </message>
        <message>
            <source>Not deleted</source>
            <translation>Non supprimé</translation>
        </message>
    </context>
    <context>
        <name>TrainingWords</name>
        <message>
            <source>In person</source>
            <translation>En présentiel</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>En ligne</translation>
        </message>
        <message>
            <source>Blended</source>
            <translation>Mixte</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Femme</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Homme</translation>
        </message>
        <message>
            <source>Another</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Non précisé</translation>
        </message>
        <message>
            <source>Choose</source>
            <translation>Choisir</translation>
        </message>
    </context>
    <context>
        <name>UnsavedChanges</name>
        <message>
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>&amp;Discard changes</source>
            <translation>&amp;Abandonner les modifications</translation>
        </message>
        <message>
            <source>&amp;Keep editing</source>
            <translation>&amp;Continuer la saisie</translation>
        </message>
    </context>
    <context>
        <name>VerifyCodeDialog</name>
        <message>
            <source>Verify a certificate</source>
            <translation>Vérifier un certificat</translation>
        </message>
        <message>
            <source>Type the verification code printed on a certificate. It is checked against this computer's records; a certificate issued on another computer is known here once both have synced.</source>
            <translation>Saisissez le code de vérification imprimé sur un certificat. Il est vérifié d'après les fiches de cet ordinateur ; un certificat délivré sur un autre ordinateur y est connu une fois les deux synchronisés.</translation>
        </message>
        <message>
            <source>&amp;Code:</source>
            <translation>&amp;Code :</translation>
        </message>
        <message>
            <source>C&amp;heck</source>
            <translation>V&amp;érifier</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>This is not a verification code: it has 10 letters and digits (ABCDE-FGHJK). Check each character.</source>
            <translation>Ce n'est pas un code de vérification : il compte 10 lettres et chiffres (ABCDE-FGHJK). Vérifiez chaque caractère.</translation>
        </message>
        <message>
            <source>Unknown: no certificate on this computer has this code. It may have been issued elsewhere: the hub's verify page knows every synced certificate.</source>
            <translation>Inconnu : aucun certificat de cet ordinateur n'a ce code. Il a peut-être été délivré ailleurs : la page de vérification du hub connaît tous les certificats synchronisés.</translation>
        </message>
        <message>
            <source>%1, %2, %3 – %4</source>
            <translation>%1, %2, %3 – %4</translation>
        </message>
        <message>
            <source>Revoked: %1 (%2). Reason: %3</source>
            <translation>Révoqué : %1 (%2). Raison : %3</translation>
        </message>
        <message>
            <source>Valid: %1 (%2).</source>
            <translation>Valide : %1 (%2).</translation>
        </message>
    </context>
    <context>
        <name>ZoneBox</name>
        <message>
            <source>Time zone</source>
            <translation>Fuseau horaire</translation>
        </message>
        <message>
            <source>&amp;Time zone of this computer:</source>
            <translation>&amp;Fuseau horaire de cet ordinateur :</translation>
        </message>
        <message>
            <source>Time zone of this computer</source>
            <translation>Fuseau horaire de cet ordinateur</translation>
        </message>
        <message>
            <source>Today's date, the end of each month, quarters and deadlines on this computer follow this zone.</source>
            <translation>La date du jour, la fin de chaque mois, les trimestres et les échéances suivent ce fuseau sur cet ordinateur.</translation>
        </message>
        <message>
            <source>Time zone saved: dates, months and deadlines follow %1 now.</source>
            <translation>Fuseau horaire enregistré : les dates, les mois et les échéances suivent désormais %1.</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>Blue Pacific Desktop</source>
            <translation>Blue Pacific Desktop</translation>
        </message>
    </context>
    <context>
        <name>ops</name>
        <message>
            <source>Something unexpected went wrong and this was not finished. Try again; if it happens again, copy the details and send them to your regional team.</source>
            <translation>Un problème inattendu est survenu et cette action n'a pas été terminée. Réessayez ; si cela se reproduit, copiez les détails et envoyez-les à votre équipe régionale.</translation>
        </message>
        <message>
            <source>Not done</source>
            <translation>Pas fait</translation>
        </message>
    </context>
    <context>
        <name>self.window</name>
        <message>
            <source>Preparing the demo: writing sample records for Fiji…</source>
            <translation>Préparation de la démonstration : écriture d'exemples de fiches pour les Fidji…</translation>
        </message>
    </context>
    <context>
        <name>window</name>
        <message>
            <source>Blue Pacific Desktop</source>
            <translation>Blue Pacific Desktop</translation>
        </message>
        <message>
            <source>Starting the demo's local hub…</source>
            <translation>Démarrage du serveur local de démonstration…</translation>
        </message>
        <message>
            <source>The demo's local hub could not start: the demo works offline.</source>
            <translation>Le serveur local de démonstration n'a pas pu démarrer : la démonstration fonctionne hors ligne.</translation>
        </message>
        <message>
            <source>The demo's local hub is running on this computer.</source>
            <translation>Le serveur local de démonstration fonctionne sur cet ordinateur.</translation>
        </message>
    </context>
</TS>