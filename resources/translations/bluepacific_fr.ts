<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
    <name>MainWindow</name>
    <message>
        <source>Blue Pacific Desktop</source>
        <translation>Blue Pacific Desktop</translation>
    </message>
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
        <translation>Rapports d&apos;utilisation des capacités</translation>
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
        <source>Country: %1</source>
        <translation>Pays : %1</translation>
    </message>
    <message numerus="yes">
        <source>Offline · %n change(s) waiting to sync</source>
        <translation>
            <numerusform>Hors ligne · %n modification en attente de synchronisation</numerusform>
            <numerusform>Hors ligne · %n modifications en attente de synchronisation</numerusform>
        </translation>
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
