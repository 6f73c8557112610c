<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>ActionItemDialog</name>
    <message>
        <source>New action item</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>ActionItemsTable</name>
    <message>
        <source>Action items</source>
        <translation>Actions à mener</translation>
    </message>
    <message>
        <source>Action items of this meeting</source>
        <translation>Actions à mener de cette réunion</translation>
    </message>
    <message>
        <source>Add an action item…</source>
        <translation>Ajouter une action…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Save the meeting first; then add its action items here.</source>
        <translation>Enregistrez d'abord la réunion ; ajoutez ensuite ses actions ici.</translation>
    </message>
    <message>
        <source>No action items yet. Each item is saved as soon as you confirm it.</source>
        <translation>Aucune action pour l'instant. Chaque action est enregistrée dès que vous la confirmez.</translation>
    </message>
    <message>
        <source>Each item is saved as soon as you confirm it (Insert adds, Enter changes, Delete removes).</source>
        <translation>Chaque action est enregistrée dès que vous la confirmez (Inser ajoute, Entrée modifie, Suppr retire).</translation>
    </message>
    <message>
        <source>Remove the action item</source>
        <translation>Retirer l'action</translation>
    </message>
    <message>
        <source>Remove the action item '{0}'? The removal travels to other offices with your next export.</source>
        <translation>Retirer l'action « {0} » ? Le retrait part vers les autres bureaux avec votre prochaine exportation.</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Non retirée</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <source>Change a field of {0} records</source>
        <translation>Changer un champ de {0} fiches</translation>
    </message>
    <message>
        <source>Set one field of the {0} selected {1} to the same value. Each record gets its own change, which travels with your next export; Edit &gt; Undo undoes them all.</source>
        <translation>Donne la même valeur à un champ des {0} {1} sélectionnés. Chaque fiche reçoit sa propre modification, qui part avec votre prochaine exportation ; Édition &gt; Annuler les annule toutes.</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Champ :</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur :</translation>
    </message>
    <message>
        <source>C&amp;hange {0} records</source>
        <translation>C&amp;hanger {0} fiches</translation>
    </message>
    <message>
        <source>{0} is required: give a value.</source>
        <translation>{0} est obligatoire : donnez une valeur.</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Two offices changed the same field before exchanging workbooks. Until you choose, the value listed first is shown; your choice travels with the next export.</source>
        <translation>Deux bureaux ont modifié le même champ avant d'échanger leurs classeurs. Tant que vous n'avez pas choisi, la première valeur de la liste est affichée ; votre choix part avec la prochaine exportation.</translation>
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
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>type the right value</source>
        <translation>saisissez la bonne valeur</translation>
    </message>
    <message>
        <source>&amp;Or another value:</source>
        <translation>&amp;Ou une autre valeur :</translation>
    </message>
    <message>
        <source>&amp;Use this value</source>
        <translation>&amp;Utiliser cette valeur</translation>
    </message>
    <message>
        <source>&amp;Keep the record</source>
        <translation>&amp;Garder la fiche</translation>
    </message>
    <message>
        <source>&amp;Delete it</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete or keep</source>
        <translation>Supprimer ou garder</translation>
    </message>
    <message>
        <source>Open conflicts: {0}</source>
        <translation>Conflits ouverts : {0}</translation>
    </message>
    <message>
        <source>No open conflicts. When two offices change the same field before exchanging workbooks, both values are kept and the conflict is listed here.</source>
        <translation>Aucun conflit ouvert. Quand deux bureaux modifient le même champ avant d'échanger leurs classeurs, les deux valeurs sont gardées et le conflit est listé ici.</translation>
    </message>
    <message>
        <source>{0} “{1}”: deleted by one office, edited by another</source>
        <translation>{0} « {1} » : supprimé par un bureau, modifié par un autre</translation>
    </message>
    <message>
        <source>Until you choose, the record stays, flagged. Keep it with the edits, or delete it.</source>
        <translation>Tant que vous n'avez pas choisi, la fiche reste, signalée. Gardez-la avec les modifications, ou supprimez-la.</translation>
    </message>
    <message>
        <source>{0} “{1}”: {2}</source>
        <translation>{0} « {1} » : {2}</translation>
    </message>
    <message>
        <source>Which value is right?</source>
        <translation>Quelle valeur est la bonne ?</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimée</translation>
    </message>
    <message>
        <source>Kept, with its edits</source>
        <translation>Gardée, avec ses modifications</translation>
    </message>
    <message>
        <source>shown now</source>
        <translation>affichée</translation>
    </message>
    <message>
        <source>made here</source>
        <translation>faite ici</translation>
    </message>
    <message>
        <source>this office's, made at its first export</source>
        <translation>celle de ce bureau, créée à sa première exportation</translation>
    </message>
    <message>
        <source>no office's key (an unsigned file, or a hand edit)</source>
        <translation>aucune clé de bureau (un fichier non signé, ou une modification à la main)</translation>
    </message>
    <message>
        <source>this office's, {0}</source>
        <translation>celle de ce bureau, {0}</translation>
    </message>
    <message>
        <source>{0}'s, {1}</source>
        <translation>celle de {0}, {1}</translation>
    </message>
    <message>
        <source>an office</source>
        <translation>un bureau</translation>
    </message>
    <message>
        <source>Office: {0}
device time: {1}
file: {2}
key: {3}</source>
        <translation>Bureau : {0}
heure de l'appareil : {1}
fichier : {2}
clé : {3}</translation>
    </message>
    <message>
        <source>this office</source>
        <translation>ce bureau</translation>
    </message>
    <message>
        <source>Keep this (&amp;{0})</source>
        <translation>Garder celle-ci (&amp;{0})</translation>
    </message>
    <message>
        <source>Keep “{0}” and close the conflict</source>
        <translation>Garder « {0} » et clore le conflit</translation>
    </message>
    <message>
        <source>Not resolved: {0}</source>
        <translation>Non résolu : {0}</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>'{0}' is not a date: type it as {1} or {2}</source>
        <translation>« {0} » n'est pas une date : saisissez-la sous la forme {1} ou {2}</translation>
    </message>
    <message>
        <source>'{0}' is not a date: type it as {1}</source>
        <translation>« {0} » n'est pas une date : saisissez-la sous la forme {1}</translation>
    </message>
    <message>
        <source>'{0}': write the year with four digits, as in {1}</source>
        <translation>« {0} » : écrivez l'année avec quatre chiffres, comme dans {1}</translation>
    </message>
    <message>
        <source>'{0}' is not a real date (year-month-day): check the day and the month</source>
        <translation>« {0} » n'est pas une date réelle (année-mois-jour) : vérifiez le jour et le mois</translation>
    </message>
    <message>
        <source>'{0}' is not a real date (day/month/year): check the day and the month</source>
        <translation>« {0} » n'est pas une date réelle (jour/mois/année) : vérifiez le jour et le mois</translation>
    </message>
    <message>
        <source>'{0}' is not a real date (month/day/year): check the day and the month</source>
        <translation>« {0} » n'est pas une date réelle (mois/jour/année) : vérifiez le jour et le mois</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Choisir dans un calendrier (Alt+Bas)</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>Choisir dans un calendrier</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>&amp;Look among:</source>
        <translation>&amp;Chercher parmi :</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Shaded: both hold a value and they differ; the record kept keeps its own. Its empty fields (—) are filled from the other.</source>
        <translation>Grisé : les deux ont une valeur et elles diffèrent ; la fiche gardée garde la sienne. Ses champs vides (—) sont remplis par l'autre.</translation>
    </message>
    <message>
        <source>Keep &amp;left, merge right into it</source>
        <translation>Garder à &amp;gauche, y fusionner la droite</translation>
    </message>
    <message>
        <source>Keep &amp;right, merge left into it</source>
        <translation>Garder à &amp;droite, y fusionner la gauche</translation>
    </message>
    <message>
        <source>&amp;Not a duplicate</source>
        <translation>&amp;Pas un doublon</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Possible duplicate pairs: {0}</source>
        <translation>Paires de doublons possibles : {0}</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Merge duplicates</source>
        <translation>Fusionner les doublons</translation>
    </message>
    <message>
        <source>Keep “{0}” and merge “{1}” into it?

Empty fields of “{0}” are filled from “{1}”, links to “{1}” follow to “{0}”, and “{1}” is deleted. A merge cannot be undone from here.</source>
        <translation>Garder « {0} » et y fusionner « {1} » ?

Les champs vides de « {0} » sont remplis à partir de « {1} », les liens vers « {1} » suivent vers « {0} », et « {1} » est supprimé. Une fusion ne peut pas être annulée d'ici.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Tous</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Aucun</translation>
    </message>
    <message>
        <source>Record &amp;types</source>
        <translation>T&amp;ypes de fiches</translation>
    </message>
    <message>
        <source>Only records changed &amp;since</source>
        <translation>Seulement les fiches modifiées &amp;depuis le</translation>
    </message>
    <message>
        <source>Changed since</source>
        <translation>Modifiées depuis</translation>
    </message>
    <message>
        <source>Same &amp;party (our own organisation)</source>
        <translation>&amp;Même partie (notre organisation)</translation>
    </message>
    <message>
        <source>Pa&amp;rtner party (marked strictly confidential)</source>
        <translation>Partie pa&amp;rtenaire (marqué strictement confidentiel)</translation>
    </message>
    <message>
        <source>T&amp;hird party, named:</source>
        <translation>T&amp;iers, nommé :</translation>
    </message>
    <message>
        <source>e.g. UNODC</source>
        <translation>p. ex. ONUDC</translation>
    </message>
    <message>
        <source>Ps&amp;eudonymise people without consent</source>
        <translation>Ps&amp;eudonymiser les personnes sans consentement</translation>
    </message>
    <message>
        <source>&amp;Leave out people without consent</source>
        <translation>&amp;Laisser de côté les personnes sans consentement</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Quoi exporter :</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <source>Lan&amp;guage of the labels:</source>
        <translation>Lan&amp;gue des libellés :</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Fer&amp;mer</translation>
    </message>
    <message>
        <source>A calendar holds the meetings and the action items with a due date; an address book, the contacts</source>
        <translation>Un calendrier contient les réunions et les suites à donner qui ont une échéance ; un carnet d'adresses, les contacts</translation>
    </message>
    <message>
        <source>Tables, calendars and address books are written with the labels held here (English)</source>
        <translation>Les tableaux, calendriers et carnets d'adresses sont écrits avec les libellés de cette base (en anglais)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>Rien n'a été exporté.</translation>
    </message>
    <message>
        <source>Exported for {0}</source>
        <translation>Exporté pour {0}</translation>
    </message>
    <message>
        <source>saved as</source>
        <translation>enregistré sous</translation>
    </message>
    <message>
        <source>No records matched.</source>
        <translation>Aucune fiche ne correspond.</translation>
    </message>
    <message>
        <source>Contacts: {0} included with consent, {1} pseudonymised, {2} left out (MOU 3.6). Tools ▸ Export receipts tells why, contact by contact.</source>
        <translation>Contacts : {0} inclus avec consentement, {1} pseudonymisés, {2} laissés de côté (MOU 3.6). Outils ▸ Reçus d'exportation dit pourquoi, contact par contact.</translation>
    </message>
</context>
<context>
    <name>ExportKinds</name>
    <message>
        <source>Liaison workbook, for the other office to import (.xlsx)</source>
        <translation>Classeur de liaison, à importer par l'autre bureau (.xlsx)</translation>
    </message>
    <message>
        <source>Liaison workbooks (*.xlsx)</source>
        <translation>Classeurs de liaison (*.xlsx)</translation>
    </message>
    <message>
        <source>HXL-tagged tables for Excel or Power BI (.xlsx)</source>
        <translation>Tableaux balisés HXL pour Excel ou Power BI (.xlsx)</translation>
    </message>
    <message>
        <source>HXL workbooks (*.xlsx)</source>
        <translation>Classeurs HXL (*.xlsx)</translation>
    </message>
    <message>
        <source>HXL-tagged tables, a CSV file per type (.csv)</source>
        <translation>Tableaux balisés HXL, un fichier CSV par type (.csv)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Calendar: meetings and action items' due dates (.ics)</source>
        <translation>Calendrier : réunions et échéances des actions (.ics)</translation>
    </message>
    <message>
        <source>Calendars (*.ics)</source>
        <translation>Calendriers (*.ics)</translation>
    </message>
    <message>
        <source>Address book: contacts who consented (.vcf)</source>
        <translation>Carnet d'adresses : contacts ayant consenti (.vcf)</translation>
    </message>
    <message>
        <source>Address books (*.vcf)</source>
        <translation>Carnets d'adresses (*.vcf)</translation>
    </message>
    <message>
        <source>Exported for {0}</source>
        <translation>Exporté pour {0}</translation>
    </message>
    <message>
        <source>saved as</source>
        <translation>enregistré sous</translation>
    </message>
    <message>
        <source>No records matched.</source>
        <translation>Aucune fiche ne correspond.</translation>
    </message>
    <message>
        <source>Kept home for this recipient (MOU 3.6): {0}. Tools ▸ Export receipts tells why.</source>
        <translation>Gardé au bureau pour ce destinataire (MOU 3.6) : {0}. Outils ▸ Reçus d'exportation dit pourquoi.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to mouliaison</source>
        <translation>Bienvenue dans mouliaison</translation>
    </message>
    <message>
        <source>Before you record anything, say which office records in this database. Every record carries it, and the offices you exchange workbooks with see it. Settings can change it later.</source>
        <translation>Avant de saisir quoi que ce soit, indiquez quel bureau saisit dans cette base. Chaque fiche le porte, et les bureaux avec qui vous échangez des classeurs le voient. Les paramètres permettent de le changer plus tard.</translation>
    </message>
    <message>
        <source>&amp;Save the office</source>
        <translation>&amp;Enregistrer le bureau</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import workbooks</source>
        <translation>Importer des classeurs</translation>
    </message>
    <message>
        <source>&amp;Workbooks:</source>
        <translation>&amp;Classeurs :</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Create &amp;unknown names as new records (an organisation, a meeting a plain sheet names that is not held here)</source>
        <translation>Créer les noms inconn&amp;us comme nouvelles fiches (une organisation, une réunion qu'une feuille simple nomme et qui n'est pas enregistrée ici)</translation>
    </message>
    <message>
        <source>Trust the new signing keys shown below (I checked their fingerprints with the offices)</source>
        <translation>Faire confiance aux nouvelles clés de signature ci-dessous (j'ai vérifié leurs empreintes avec les bureaux)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Fer&amp;mer</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>Workbooks and CSV files (*.xlsx *.ods *.csv *.tsv *.txt)</source>
        <translation>Classeurs et fichiers CSV (*.xlsx *.ods *.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>Save import report</source>
        <translation>Enregistrer le rapport d'importation</translation>
    </message>
    <message>
        <source>JSON report (*.json);;Text report (*.txt)</source>
        <translation>Rapport JSON (*.json);;Rapport texte (*.txt)</translation>
    </message>
    <message>
        <source>The report could not be saved to {0}: {1}</source>
        <translation>Le rapport n'a pas pu être enregistré dans {0} : {1}</translation>
    </message>
    <message>
        <source>Report saved to {0}.</source>
        <translation>Rapport enregistré dans {0}.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>New</source>
        <translation>Nouvelles</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiées</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangées</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Périmées</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Hand edits</source>
        <translation>Modifications à la main</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>En quarantaine</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
    <message>
        <source>File and record type</source>
        <translation>Fichier et type de fiche</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>nothing read</source>
        <translation>rien de lu</translation>
    </message>
    <message>
        <source>{0} (already imported)</source>
        <translation>{0} (déjà importé)</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <source>Change how its sheets are read in the mapping step, or select the file in the list above and press Remove.</source>
        <translation>Changez la façon dont ses feuilles sont lues à l'étape d'association, ou sélectionnez le fichier dans la liste ci-dessus et appuyez sur Retirer.</translation>
    </message>
    <message>
        <source>pick its type, or what each column becomes, in the mapping step</source>
        <translation>choisissez son type, ou ce que devient chaque colonne, à l'étape d'association</translation>
    </message>
    <message>
        <source>map one in the mapping step</source>
        <translation>associez-en une à l'étape d'association</translation>
    </message>
    <message>
        <source>choose {fields} as the “Row identity (key)” in the mapping step</source>
        <translation>choisissez {fields} comme « Identité d'une ligne (clé) » à l'étape d'association</translation>
    </message>
    <message>
        <source>choose {fields} as the “Row identity (key)” in the mapping step (then all but {count} of them differ)</source>
        <translation>choisissez {fields} comme « Identité d'une ligne (clé) » à l'étape d'association (toutes sauf {count} d'entre elles diffèrent alors)</translation>
    </message>
    <message>
        <source>✔ signed</source>
        <translation>✔ signé</translation>
    </message>
    <message>
        <source>○ not signed</source>
        <translation>○ non signé</translation>
    </message>
    <message>
        <source>? new key</source>
        <translation>? nouvelle clé</translation>
    </message>
    <message>
        <source>✘ not trusted</source>
        <translation>✘ non reconnu</translation>
    </message>
    <message>
        <source>Refused: nothing will be imported</source>
        <translation>Refusé : rien ne sera importé</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Que faire :</translation>
    </message>
    <message>
        <source>one refused workbook stops the whole import, so that nothing is half done. Select it in the list above and press Remove to import the others, or ask its sender to export it again.</source>
        <translation>un seul classeur refusé arrête toute l'importation, pour que rien ne soit fait à moitié. Sélectionnez-le dans la liste ci-dessus et appuyez sur Retirer pour importer les autres, ou demandez à son expéditeur de l'exporter à nouveau.</translation>
    </message>
    <message>
        <source>Nothing read: nothing will be imported</source>
        <translation>Rien de lu : rien ne sera importé</translation>
    </message>
    <message>
        <source>A workbook not made by mouliaison (no hidden sheets): rows are matched by id where they have one, columns by their headings.</source>
        <translation>Un classeur non créé par mouliaison (pas de feuilles masquées) : les lignes sont rapprochées par leur id quand elles en ont un, les colonnes par leur en-tête.</translation>
    </message>
    <message>
        <source>From the office: {0}.</source>
        <translation>Du bureau : {0}.</translation>
    </message>
    <message>
        <source>Already imported: importing it again changes nothing.</source>
        <translation>Déjà importé : l'importer à nouveau ne change rien.</translation>
    </message>
    <message>
        <source>Withheld (not imported)</source>
        <translation>Retenu (non importé)</translation>
    </message>
    <message>
        <source>Rejected cells (left out; the notes say which rows were imported without them)</source>
        <translation>Cellules rejetées (laissées de côté ; les notes disent quelles lignes ont été importées sans elles)</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Cellules</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Quarantined rows (not imported)</source>
        <translation>Lignes en quarantaine (non importées)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>No rejected cells, quarantined rows or notes.</source>
        <translation>Aucune cellule rejetée, ligne en quarantaine ni remarque.</translation>
    </message>
    <message>
        <source>(and the same for {0})</source>
        <translation>(et de même pour {0})</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no (preview)</source>
        <translation>non (aperçu)</translation>
    </message>
    <message>
        <source>mouliaison import report, {0}</source>
        <translation>Rapport d'importation mouliaison, {0}</translation>
    </message>
    <message>
        <source>Written to the database: {0}</source>
        <translation>Écrit dans la base de données : {0}</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>Base de données : {0}</translation>
    </message>
    <message>
        <source>{0}: refused</source>
        <translation>{0} : refusé</translation>
    </message>
    <message>
        <source> (already imported)</source>
        <translation> (déjà importé)</translation>
    </message>
    <message>
        <source>office: {0}</source>
        <translation>bureau : {0}</translation>
    </message>
    <message>
        <source>signature: {0}</source>
        <translation>signature : {0}</translation>
    </message>
    <message>
        <source>withheld: {0}</source>
        <translation>retenu : {0}</translation>
    </message>
    <message>
        <source>rejected: sheet {0}, column {1}, rows {2} (cells: {3}): {4}</source>
        <translation>rejeté : feuille {0}, colonne {1}, lignes {2} (cellules : {3}) : {4}</translation>
    </message>
    <message>
        <source>quarantined: sheet {0}, rows {1}: {2}</source>
        <translation>en quarantaine : feuille {0}, lignes {1} : {2}</translation>
    </message>
    <message>
        <source>note: {0}</source>
        <translation>remarque : {0}</translation>
    </message>
    <message>
        <source>Totals: {0}</source>
        <translation>Totaux : {0}</translation>
    </message>
</context>
<context>
    <name>ImportRunning</name>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0} : {1}</translation>
    </message>
    <message>
        <source>{0}: {1} of {2}</source>
        <translation>{0} : {1} sur {2}</translation>
    </message>
    <message>
        <source>That mapping cannot be used: {0}</source>
        <translation>Cette correspondance ne peut pas être utilisée : {0}</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Add the workbooks to import (or drop them here). A preview shows what they would change before anything is written.</source>
        <translation>Ajoutez les classeurs à importer (ou déposez-les ici). Un aperçu montre ce qu'ils changeraient avant toute écriture.</translation>
    </message>
    <message>
        <source>Reading and checking the workbooks… Nothing is written during the preview.</source>
        <translation>Lecture et vérification des classeurs… Rien n'est écrit pendant l'aperçu.</translation>
    </message>
    <message>
        <source>Check how this plain sheet is read: its record type, its header row, what each column becomes. A change shows its effect below. Next shows the next sheet, then the preview.</source>
        <translation>Vérifiez comment cette feuille simple est lue : son type de fiche, sa ligne d'en-tête, ce que devient chaque colonne. Un changement montre son effet plus bas. Suivant montre la feuille suivante, puis l'aperçu.</translation>
    </message>
    <message>
        <source>Preview: nothing has been written yet. Import applies these changes in one step; if anything goes wrong, nothing is written at all.</source>
        <translation>Aperçu : rien n'a encore été écrit. Importer applique ces changements en une seule étape ; si quelque chose échoue, rien n'est écrit.</translation>
    </message>
    <message>
        <source>Nothing could be read from a workbook that has data, so nothing can be imported. Change how its sheets are read here (the notes below say why), or remove it from the list.</source>
        <translation>Rien n'a pu être lu d'un classeur qui contient des données : rien ne peut être importé. Changez ici la façon dont ses feuilles sont lues (les notes plus bas disent pourquoi), ou retirez-le de la liste.</translation>
    </message>
    <message>
        <source>Nothing could be read from a workbook that has data, so nothing can be imported. Change how its sheets are read (Back), or remove it from the list.</source>
        <translation>Rien n'a pu être lu d'un classeur qui contient des données : rien ne peut être importé. Changez la façon dont ses feuilles sont lues (Précédent), ou retirez-le de la liste.</translation>
    </message>
    <message>
        <source>A workbook was refused, so nothing can be imported. Remove it from the list, or ask its sender for a new copy, then the preview runs again.</source>
        <translation>Un classeur a été refusé, rien ne peut donc être importé. Retirez-le de la liste ou demandez-en une nouvelle copie à son expéditeur ; l'aperçu se relance alors.</translation>
    </message>
    <message>
        <source>Importing… Cancel stops it and writes nothing.</source>
        <translation>Importation… Annuler l'arrête sans rien écrire.</translation>
    </message>
    <message>
        <source>Imported: {0} new, {1} changed, {2} conflicts to look at. Save the report to keep a record of this import.</source>
        <translation>Importé : {0} nouvelles, {1} modifiées, {2} conflits à examiner. Enregistrez le rapport pour garder une trace de cette importation.</translation>
    </message>
    <message>
        <source>The database changed after the preview (an edit, or another import), so the import was planned again before writing; these counts are what was written. </source>
        <translation>La base a changé après l'aperçu (une modification, ou une autre importation) : l'importation a été planifiée à nouveau avant l'écriture ; ces nombres sont ce qui a été écrit. </translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written; the database is as it was before.</source>
        <translation>Importation annulée : rien n'a été écrit ; la base de données est telle qu'avant.</translation>
    </message>
    <message>
        <source>Preview cancelled: nothing was written. Add or remove a file to preview again.</source>
        <translation>Aperçu annulé : rien n'a été écrit. Ajoutez ou retirez un fichier pour relancer l'aperçu.</translation>
    </message>
    <message>
        <source>The import failed, and nothing was written: {0}</source>
        <translation>L'importation a échoué et rien n'a été écrit : {0}</translation>
    </message>
</context>
<context>
    <name>KeyTableModel</name>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Vue la première fois</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>On headquarters' list</source>
        <translation>Sur la liste du siège</translation>
    </message>
    <message>
        <source>site {0}</source>
        <translation>site {0}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>rotated</source>
        <translation>remplacée</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>révoquée</translation>
    </message>
    <message>
        <source>this office</source>
        <translation>ce bureau</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>de confiance</translation>
    </message>
    <message>
        <source>trusted, headquarters</source>
        <translation>de confiance, siège</translation>
    </message>
    <message>
        <source>new: not confirmed</source>
        <translation>nouvelle : non confirmée</translation>
    </message>
    <message>
        <source>Met in a file; its files are not taken until a person trusts it</source>
        <translation>Vue dans un fichier ; ses fichiers ne sont pas repris tant qu'une personne ne lui a pas fait confiance</translation>
    </message>
    <message>
        <source>Files under it that bring versions past where it was revoked are refused</source>
        <translation>Les fichiers signés avec elle qui apportent des versions au-delà du point de sa révocation sont refusés</translation>
    </message>
    <message>
        <source>How it came to be trusted: {0}</source>
        <translation>Comment elle a obtenu la confiance : {0}</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Office keys</source>
        <translation>Clés des bureaux</translation>
    </message>
    <message>
        <source>Every workbook is signed with its office's key. A new office's files are taken once you trust its key: compare the fingerprint with that office by phone, not by the same email.</source>
        <translation>Chaque classeur est signé avec la clé de son bureau. Les fichiers d'un nouveau bureau sont repris une fois que vous faites confiance à sa clé : comparez l'empreinte avec ce bureau par téléphone, pas par le même courriel.</translation>
    </message>
    <message>
        <source>&amp;Trust…</source>
        <translation>Faire &amp;confiance…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Révoquer…</translation>
    </message>
    <message>
        <source>Move this office to a &amp;new key…</source>
        <translation>Passer ce bureau à une &amp;nouvelle clé…</translation>
    </message>
    <message>
        <source>&amp;Publish the approved list…</source>
        <translation>&amp;Publier la liste approuvée…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>site {0}</source>
        <translation>site {0}</translation>
    </message>
    <message>
        <source>This is headquarters' key: &amp;follow the lists of approved keys it publishes</source>
        <translation>C'est la clé du siège : &amp;suivre les listes de clés approuvées qu'il publie</translation>
    </message>
    <message>
        <source>Trust this key</source>
        <translation>Faire confiance à cette clé</translation>
    </message>
    <message>
        <source>Trust the key of {0}?

{1}</source>
        <translation>Faire confiance à la clé de {0} ?

{1}</translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation>&amp;Faire confiance</translation>
    </message>
    <message>
        <source>Read this fingerprint to the office by phone (not by the same email) and trust it only if theirs is the same. Its files are then taken as that office's.</source>
        <translation>Lisez cette empreinte au bureau par téléphone (pas par le même courriel) et ne lui faites confiance que si la sienne est identique. Ses fichiers sont alors repris comme ceux de ce bureau.</translation>
    </message>
    <message>
        <source>Trusted: {0}</source>
        <translation>Confiance accordée : {0}</translation>
    </message>
    <message>
        <source>Revoke this key</source>
        <translation>Révoquer cette clé</translation>
    </message>
    <message>
        <source>Revoke the key {0} of {1}?</source>
        <translation>Révoquer la clé {0} de {1} ?</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Révoquer</translation>
    </message>
    <message>
        <source>Files it signs from now on are refused here, and the revocation travels in your exports to every office that trusts yours. It cannot be trusted again.</source>
        <translation>Les fichiers qu'elle signera désormais sont refusés ici, et la révocation part dans vos exportations vers chaque bureau qui fait confiance à la vôtre. On ne pourra plus lui faire confiance.</translation>
    </message>
    <message>
        <source>Revoked: {0}</source>
        <translation>Révoquée : {0}</translation>
    </message>
    <message>
        <source>Move to a new key</source>
        <translation>Passer à une nouvelle clé</translation>
    </message>
    <message>
        <source>Move this office to a new signing key?</source>
        <translation>Passer ce bureau à une nouvelle clé de signature ?</translation>
    </message>
    <message>
        <source>&amp;Move to a new key</source>
        <translation>&amp;Passer à une nouvelle clé</translation>
    </message>
    <message>
        <source>Do this when the key may be known to someone else (a lost laptop, a copied folder). The old key signs a record naming the new one, then is revoked: offices that trust the old key take the new one on reading your next export; files signed with the old key from now on are refused.</source>
        <translation>Faites-le quand la clé a pu être connue de quelqu'un d'autre (un portable perdu, un dossier copié). L'ancienne clé signe un enregistrement qui nomme la nouvelle, puis elle est révoquée : les bureaux qui font confiance à l'ancienne clé prennent la nouvelle en lisant votre prochaine exportation ; les fichiers signés désormais avec l'ancienne clé sont refusés.</translation>
    </message>
    <message>
        <source>This office now signs with {0}</source>
        <translation>Ce bureau signe désormais avec {0}</translation>
    </message>
    <message>
        <source>Publish the approved list</source>
        <translation>Publier la liste approuvée</translation>
    </message>
    <message>
        <source>Publish the list of every key trusted here?</source>
        <translation>Publier la liste de toutes les clés de confiance ici ?</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>For headquarters. The list is signed with this office's key and travels in every export; offices that marked this key as headquarters' trust the keys it lists.</source>
        <translation>Pour le siège. La liste est signée avec la clé de ce bureau et part dans chaque exportation ; les bureaux qui ont marqué cette clé comme celle du siège font confiance aux clés qu'elle liste.</translation>
    </message>
    <message numerus="yes">
        <source>Published a list of %n approved key(s)</source>
        <translation>
            <numerusform>Liste de %n clé approuvée publiée</numerusform>
            <numerusform>Liste de %n clés approuvées publiée</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LineEditor</name>
    <message>
        <source>name@example.org</source>
        <translation>nom@exemple.org</translation>
    </message>
    <message>
        <source>+41 22 717 9111</source>
        <translation>+41 22 717 9111</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>Vue d'ensemble</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Conflicts ({0})</source>
        <translation>Conflits ({0})</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>&amp;Nouvelle fiche</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Delete record…</source>
        <translation>&amp;Supprimer la fiche…</translation>
    </message>
    <message>
        <source>&amp;Import workbooks…</source>
        <translation>&amp;Importer des classeurs…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Report of the MOU's implementation…</source>
        <translation>&amp;Rapport sur la mise en œuvre du protocole…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
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
        <source>D&amp;uplicate record</source>
        <translation>D&amp;upliquer la fiche</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>C&amp;hange field of selected records…</source>
        <translation>C&amp;hanger un champ des fiches sélectionnées…</translation>
    </message>
    <message>
        <source>C&amp;hange field of {0} records…</source>
        <translation>C&amp;hanger un champ de {0} fiches…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Re&amp;chercher…</translation>
    </message>
    <message>
        <source>&amp;Next pane</source>
        <translation>Volet &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous pane</source>
        <translation>Volet &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>Export &amp;receipts…</source>
        <translation>&amp;Reçus d'exportation…</translation>
    </message>
    <message>
        <source>Possible &amp;duplicates…</source>
        <translation>&amp;Doublons possibles…</translation>
    </message>
    <message>
        <source>Office &amp;keys…</source>
        <translation>&amp;Clés des bureaux…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About mouliaison</source>
        <translation>À &amp;propos de mouliaison</translation>
    </message>
    <message>
        <source>&amp;Report a problem…</source>
        <translation>&amp;Signaler un problème…</translation>
    </message>
    <message>
        <source>&amp;Third-party licences</source>
        <translation>Licences &amp;tierces</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Set this office first</source>
        <translation>Définissez d'abord ce bureau</translation>
    </message>
    <message>
        <source>No office is set yet, and every record carries the office that made it. Set this office, and the record is saved.</source>
        <translation>Aucun bureau n'est encore défini, et chaque fiche porte le bureau qui l'a faite. Définissez ce bureau, et la fiche est enregistrée.</translation>
    </message>
    <message>
        <source>&amp;Set the office…</source>
        <translation>&amp;Définir le bureau…</translation>
    </message>
    <message>
        <source>Not saved: no office is set (Tools &gt; Settings sets it).</source>
        <translation>Non enregistré : aucun bureau n'est défini (Outils &gt; Paramètres le définit).</translation>
    </message>
    <message>
        <source>no office set</source>
        <translation>aucun bureau défini</translation>
    </message>
    <message>
        <source>Office: {0}</source>
        <translation>Bureau : {0}</translation>
    </message>
    <message>
        <source>About mouliaison</source>
        <translation>À propos de mouliaison</translation>
    </message>
    <message>
        <source>&lt;h3&gt;mouliaison {0}&lt;/h3&gt;&lt;p&gt;The liaison desk for the Memorandum of Understanding between the International Organization for Migration (IOM) and the World Customs Organization (WCO), signed on 7 and 8 May 2018.&lt;/p&gt;&lt;p&gt;Records joint activities, meetings, contacts and exchanges offline, and exchanges them as workbooks.&lt;/p&gt;&lt;p&gt;Database: {1}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;mouliaison {0}&lt;/h3&gt;&lt;p&gt;Le bureau de liaison du Mémorandum d'accord entre l'Organisation internationale pour les migrations (OIM) et l'Organisation mondiale des douanes (OMD), signé les 7 et 8 mai 2018.&lt;/p&gt;&lt;p&gt;Enregistre hors ligne les activités conjointes, réunions, contacts et échanges, et les échange sous forme de classeurs.&lt;/p&gt;&lt;p&gt;Base de données : {1}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Free software under the MIT licence. It uses other free software, each under its own licence: Help ▸ Third-party licences.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Logiciel libre sous licence MIT. Il utilise d'autres logiciels libres, chacun sous sa propre licence : Aide ▸ Licences tierces.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Third-party licences</source>
        <translation>Licences tierces</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Record &amp;type:</source>
        <translation>&amp;Type de fiche :</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>&amp;Ligne d'en-tête :</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Header in the sheet</source>
        <translation>En-tête dans la feuille</translation>
    </message>
    <message>
        <source>HXL tag</source>
        <translation>Étiquette HXL</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Exemples de valeurs</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Devient</translation>
    </message>
    <message>
        <source>Colu&amp;mns:</source>
        <translation>C&amp;olonnes :</translation>
    </message>
    <message>
        <source>Row identity (&amp;key):</source>
        <translation>I&amp;dentité d'une ligne (clé) :</translation>
    </message>
    <message>
        <source>Include hi&amp;dden columns and rows</source>
        <translation>Inclure les colonnes et lignes mas&amp;quées</translation>
    </message>
    <message>
        <source>&amp;Fill merged cells down</source>
        <translation>Recopier les cellules &amp;fusionnées vers le bas</translation>
    </message>
    <message>
        <source>First rows as they will be st&amp;ored:</source>
        <translation>Premières lignes telles qu'elles seront enre&amp;gistrées :</translation>
    </message>
    <message>
        <source>{0}, sheet '{1}' (plain sheet {2} of {3})</source>
        <translation>{0}, feuille « {1} » (feuille simple {2} sur {3})</translation>
    </message>
    <message>
        <source>{0} (score {1})</source>
        <translation>{0} (score {1})</translation>
    </message>
    <message>
        <source>Do not import this sheet</source>
        <translation>Ne pas importer cette feuille</translation>
    </message>
    <message>
        <source>pick the type in “{0}”, or what each column becomes in “{1}”</source>
        <translation>choisissez le type dans « {0} », ou ce que devient chaque colonne dans « {1} »</translation>
    </message>
    <message>
        <source>map one in “{0}”</source>
        <translation>associez-en une dans « {0} »</translation>
    </message>
    <message>
        <source>Column {0} ({1}) becomes</source>
        <translation>La colonne {0} ({1}) devient</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Laisser de côté</translation>
    </message>
    <message>
        <source>Left out: {0}</source>
        <translation>Laissée de côté : {0}</translation>
    </message>
    <message>
        <source>No key: every row is a new record, and a row sent again is imported again.</source>
        <translation>Pas de clé : chaque ligne est une nouvelle fiche, et une ligne envoyée à nouveau est importée à nouveau.</translation>
    </message>
    <message>
        <source>A row is the same record when {0} is the same.</source>
        <translation>Une ligne est la même fiche quand {0} est identique.</translation>
    </message>
    <message>
        <source>A row is the same record when {0} and {1} are the same.</source>
        <translation>Une ligne est la même fiche quand {0} et {1} sont identiques.</translation>
    </message>
    <message>
        <source>{0} — rejected: {1}</source>
        <translation>{0} — refusée : {1}</translation>
    </message>
    <message>
        <source>Row not imported: {0}</source>
        <translation>Ligne non importée : {0}</translation>
    </message>
    <message>
        <source>{0} (not imported)</source>
        <translation>{0} (non importée)</translation>
    </message>
    <message>
        <source>Column {0} already becomes “{1}”, so column {2} cannot become it too. Set one of them to “{3}” first. Nothing was changed.</source>
        <translation>La colonne {0} devient déjà « {1} » : la colonne {2} ne peut pas le devenir aussi. Mettez d'abord l'une des deux sur « {3} ». Rien n'a été changé.</translation>
    </message>
</context>
<context>
    <name>OfficeBox</name>
    <message>
        <source>This office</source>
        <translation>Ce bureau</translation>
    </message>
    <message>
        <source>e.g. IOM Nairobi</source>
        <translation>p. ex. OIM Nairobi</translation>
    </message>
    <message>
        <source>a code such as KEN, or a name; empty if none</source>
        <translation>un code comme KEN, ou un nom ; vide s'il n'y en a pas</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Party:</source>
        <translation>&amp;Partie :</translation>
    </message>
    <message>
        <source>Le&amp;vel:</source>
        <translation>Ni&amp;veau :</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>P&amp;ays :</translation>
    </message>
    <message>
        <source>&amp;Save office</source>
        <translation>&amp;Enregistrer le bureau</translation>
    </message>
    <message>
        <source>No office is set yet.</source>
        <translation>Aucun bureau n'est encore défini.</translation>
    </message>
    <message>
        <source>“{0}” is not a country this office knows: type its name as the list writes it (such as “{1}”) or its three-letter ISO code (such as DEU), or leave it empty.</source>
        <translation>« {0} » n'est pas un pays que ce bureau connaît : saisissez son nom tel que la liste l'écrit (par exemple « {1} ») ou son code ISO à trois lettres (par exemple DEU), ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Non enregistré.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>OverviewCounts</name>
    <message>
        <source>{0}: {1} — press Enter to list them</source>
        <translation>{0} : {1} — appuyez sur Entrée pour les lister</translation>
    </message>
    <message>
        <source>{0}: none</source>
        <translation>{0} : aucune</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Vue d'ensemble</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Save the Overview as shown, as a PDF to print or an Excel workbook</source>
        <translation>Enregistrer la vue d'ensemble telle qu'affichée, en PDF à imprimer ou en classeur Excel</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>as of {0}</source>
        <translation>au {0}</translation>
    </message>
    <message>
        <source>PDF, to print (*.pdf)</source>
        <translation>PDF, à imprimer (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the Overview as</source>
        <translation>Enregistrer la vue d'ensemble sous</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>The Overview could not be saved as {0}: {1}. Choose another folder or name.</source>
        <translation>La vue d'ensemble n'a pas pu être enregistrée sous {0} : {1}. Choisissez un autre dossier ou nom.</translation>
    </message>
    <message>
        <source>The Overview is saved as {0}</source>
        <translation>La vue d'ensemble est enregistrée sous {0}</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>No agreement is recorded.</source>
        <translation>Aucun accord n'est enregistré.</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Parties:</source>
        <translation>Parties :</translation>
    </message>
    <message>
        <source>Terminated (the notice took effect)</source>
        <translation>Résilié (le préavis a pris effet)</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>In force since:</source>
        <translation>En vigueur depuis :</translation>
    </message>
    <message>
        <source>Termination notice:</source>
        <translation>Préavis de résiliation :</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source> by {0}</source>
        <translation> par {0}</translation>
    </message>
    <message>
        <source>delivered on {0}{1}</source>
        <translation>remis le {0}{1}</translation>
    </message>
    <message>
        <source>Takes effect on:</source>
        <translation>Prend effet le :</translation>
    </message>
    <message>
        <source>Joint activities by status ({0})</source>
        <translation>Activités conjointes par statut ({0})</translation>
    </message>
    <message>
        <source>All of the period</source>
        <translation>Toutes celles de la période</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Joint activities</source>
        <translation>Activités conjointes</translation>
    </message>
    <message numerus="yes">
        <source>Without any date, so in no period: %n</source>
        <translation>
            <numerusform>Sans aucune date, donc dans aucune période : %n</numerusform>
            <numerusform>Sans aucune date, donc dans aucune période : %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Joint activities by thematic area (MOU 4.1)</source>
        <translation>Activités conjointes par domaine thématique (MOU 4.1)</translation>
    </message>
    <message>
        <source>No thematic area given: {0}</source>
        <translation>Sans domaine thématique : {0}</translation>
    </message>
    <message>
        <source>Topics of area x, also counted under x:</source>
        <translation>Sujets du domaine x, comptés aussi sous x :</translation>
    </message>
    <message>
        <source>Joint activities by country</source>
        <translation>Activités conjointes par pays</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n countries</source>
        <translation>
            <numerusform>Afficher les %n pays</numerusform>
            <numerusform>Afficher les %n pays</numerusform>
        </translation>
    </message>
    <message>
        <source>, 1 day ago</source>
        <translation>, il y a 1 jour</translation>
    </message>
    <message numerus="yes">
        <source>, %n days ago</source>
        <translation>
            <numerusform>, il y a %n jour</numerusform>
            <numerusform>, il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} — due {1} ({2}), {3}{4}</source>
        <translation>{0} — échéance {1} ({2}), {3}{4}</translation>
    </message>
    <message>
        <source>1 day late</source>
        <translation>1 jour de retard</translation>
    </message>
    <message numerus="yes">
        <source>%n days late</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>No activity of the period names a country.</source>
        <translation>Aucune activité de la période n'indique de pays.</translation>
    </message>
    <message numerus="yes">
        <source>Naming no country: %n.</source>
        <translation>
            <numerusform>Sans pays indiqué : %n.</numerusform>
            <numerusform>Sans pays indiqué : %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>An activity in several countries counts in each.</source>
        <translation>Une activité dans plusieurs pays compte dans chacun.</translation>
    </message>
    <message>
        <source>Joint activities by quarter (each quarter they run in)</source>
        <translation>Activités conjointes par trimestre (chaque trimestre où elles se déroulent)</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>An activity counts in each quarter it runs in, from its start (or planned start) to its end (or planned end).</source>
        <translation>Une activité compte dans chaque trimestre où elle se déroule, de son début (ou début prévu) à sa fin (ou fin prévue).</translation>
    </message>
    <message numerus="yes">
        <source>Earlier quarters not shown: %n (choose a period to see them).</source>
        <translation>
            <numerusform>Trimestres antérieurs non affichés : %n (choisissez une période pour les voir).</numerusform>
            <numerusform>Trimestres antérieurs non affichés : %n (choisissez une période pour les voir).</numerusform>
        </translation>
    </message>
    <message>
        <source>Focal points (MOU 1.4)</source>
        <translation>Points focaux (MOU 1.4)</translation>
    </message>
    <message>
        <source>Focal points of {0}, {1}</source>
        <translation>Points focaux de {0}, {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n designated</source>
        <translation>
            <numerusform>%n désigné</numerusform>
            <numerusform>%n désignés</numerusform>
        </translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n manquant</numerusform>
            <numerusform>%n manquants</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>À suivre</translation>
    </message>
    <message>
        <source>Activities confirmed by one party only: {0}</source>
        <translation>Activités confirmées par une seule partie : {0}</translation>
    </message>
    <message>
        <source>{0} — confirmed by {1} on {2}; waiting for {3}</source>
        <translation>{0} — confirmée par {1} le {2} ; en attente de {3}</translation>
    </message>
    <message>
        <source>Open cooperation requests: {0}</source>
        <translation>Demandes de coopération ouvertes : {0}</translation>
    </message>
    <message>
        <source>{0} — {1} asked {2}{3}</source>
        <translation>{0} — {1} a sollicité {2}{3}</translation>
    </message>
    <message>
        <source>Action items overdue: {0}</source>
        <translation>Suites à donner en retard : {0}</translation>
    </message>
    <message>
        <source>; owner {0}</source>
        <translation>; responsable {0}</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… et {0} de plus</translation>
    </message>
</context>
<context>
    <name>PeriodChooser</name>
    <message>
        <source>All dates</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Les 12 derniers mois</translation>
    </message>
    <message>
        <source>A quarter</source>
        <translation>Un trimestre</translation>
    </message>
    <message>
        <source>From… to…</source>
        <translation>Du… au…</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
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
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>The last day is before the first: change one of them.</source>
        <translation>Le dernier jour précède le premier : changez l'un des deux.</translation>
    </message>
    <message>
        <source>every activity, dated or not</source>
        <translation>toutes les activités, datées ou non</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>du {0} au {1}</translation>
    </message>
</context>
<context>
    <name>PickEditor</name>
    <message>
        <source>'{0}' is not in the list; choose one of its entries</source>
        <translation>« {0} » n'est pas dans la liste ; choisissez l'une de ses entrées</translation>
    </message>
</context>
<context>
    <name>PicksEditor</name>
    <message>
        <source>Type to filter the list…</source>
        <translation>Tapez pour filtrer la liste…</translation>
    </message>
    <message>
        <source>Filter {0}</source>
        <translation>Filtrer {0}</translation>
    </message>
    <message>
        <source>Chosen ({0}): {1}</source>
        <translation>Choisis ({0}) : {1}</translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation>Aucun choix</translation>
    </message>
    <message>
        <source>'{0}' is typed but not ticked: press Enter in the filter to tick it, or clear the filter</source>
        <translation>« {0} » est tapé mais pas coché : appuyez sur Entrée dans le filtre pour le cocher, ou videz le filtre</translation>
    </message>
    <message>
        <source>'{0}' is not in the list: tick one of its entries, or add '{0}' as a record of its own first; then clear the filter</source>
        <translation>« {0} » n'est pas dans la liste : cochez l'une de ses entrées, ou ajoutez d'abord « {0} » comme fiche à part entière ; puis videz le filtre</translation>
    </message>
</context>
<context>
    <name>ProblemReport</name>
    <message>
        <source>Report a problem</source>
        <translation>Signaler un problème</translation>
    </message>
    <message>
        <source>A report (version, platform, database schema and the end of the log, without any record) was copied: paste it into an email to whoever supports mouliaison, and say what you were doing.

The whole log is in {0}</source>
        <translation>Un rapport (version, système, schéma de la base et fin du journal, sans aucune fiche) a été copié : collez-le dans un courriel à qui assure l'assistance de mouliaison, et dites ce que vous faisiez.

Le journal complet est dans {0}</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans :</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type :</translation>
    </message>
</context>
<context>
    <name>ReceiptTableModel</name>
    <message>
        <source>Exported</source>
        <translation>Exporté le</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Inclus</translation>
    </message>
    <message>
        <source>Pseudonymised</source>
        <translation>Pseudonymisés</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Laissés de côté</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>A party to the MOU: every contact goes in full, no consent needed</source>
        <translation>Une partie au MOU : chaque contact part en entier, sans consentement nécessaire</translation>
    </message>
</context>
<context>
    <name>ReceiptsDialog</name>
    <message>
        <source>Export receipts</source>
        <translation>Reçus d'exportation</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>No export has been made from this database yet.</source>
        <translation>Aucune exportation n'a encore été faite depuis cette base de données.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Export to {0} on {1}</source>
        <translation>Exportation vers {0} le {1}</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exportation :</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil :</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>File id:</source>
        <translation>Id du fichier :</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256 :</translation>
    </message>
    <message>
        <source>Signed with:</source>
        <translation>Signé avec :</translation>
    </message>
    <message>
        <source>this office's key {0}</source>
        <translation>la clé de ce bureau {0}</translation>
    </message>
    <message>
        <source>no key (only liaison workbooks are signed)</source>
        <translation>aucune clé (seuls les classeurs de liaison sont signés)</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Lignes :</translation>
    </message>
    <message>
        <source>Consent basis: personal data sent</source>
        <translation>Base du consentement : données personnelles envoyées</translation>
    </message>
    <message>
        <source>Why contacts were pseudonymised</source>
        <translation>Pourquoi des contacts ont été pseudonymisés</translation>
    </message>
    <message>
        <source>Why contacts were left out</source>
        <translation>Pourquoi des contacts ont été laissés de côté</translation>
    </message>
    <message>
        <source>HXL-tagged tables, for other tools</source>
        <translation>Tableaux balisés HXL, pour d'autres outils</translation>
    </message>
    <message>
        <source>iCalendar file of meetings and due dates</source>
        <translation>Fichier iCalendar des réunions et échéances</translation>
    </message>
    <message>
        <source>vCard address book</source>
        <translation>Carnet d'adresses vCard</translation>
    </message>
    <message>
        <source>Liaison workbook</source>
        <translation>Classeur de liaison</translation>
    </message>
    <message>
        <source>None needed: the recipient is a party to the MOU.</source>
        <translation>Aucun n'est nécessaire : le destinataire est partie au protocole d'accord.</translation>
    </message>
    <message>
        <source>No contact’s personal data went in this export.</source>
        <translation>Aucune donnée personnelle de contact n'est partie dans cette exportation.</translation>
    </message>
    <message>
        <source>consent record {0} (not held here)</source>
        <translation>consentement {0} (non détenu ici)</translation>
    </message>
    <message>
        <source>consent for {0}, given {1}</source>
        <translation>consentement pour {0}, donné le {1}</translation>
    </message>
    <message>
        <source>valid until {0}</source>
        <translation>valable jusqu'au {0}</translation>
    </message>
    <message>
        <source>evidence {0}</source>
        <translation>preuve {0}</translation>
    </message>
</context>
<context>
    <name>RecordFilters</name>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Effacer &amp;les filtres</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>Part&amp;y:</source>
        <translation>Pa&amp;rtie :</translation>
    </message>
    <message>
        <source>Cou&amp;ntry:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>Thematic a&amp;rea:</source>
        <translation>Do&amp;maine thématique :</translation>
    </message>
    <message>
        <source>The focal points designated on that day: started (or with no start) and not ended</source>
        <translation>Les points focaux désignés ce jour-là : désignation commencée (ou sans début) et non terminée</translation>
    </message>
    <message>
        <source>Le&amp;vel:</source>
        <translation>Ni&amp;veau :</translation>
    </message>
    <message>
        <source>Unt&amp;il:</source>
        <translation>A&amp;u :</translation>
    </message>
    <message>
        <source>Current &amp;on:</source>
        <translation>En pos&amp;te le :</translation>
    </message>
    <message>
        <source>Confirme&amp;d:</source>
        <translation>Co&amp;nfirmée :</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>by both parties</source>
        <translation>par les deux parties</translation>
    </message>
    <message>
        <source>by one party only</source>
        <translation>par une seule partie</translation>
    </message>
    <message>
        <source>by neither</source>
        <translation>par aucune</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Les champs marqués * sont obligatoires.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Dis&amp;card changes</source>
        <translation>A&amp;bandonner les modifications</translation>
    </message>
    <message>
        <source>The database is open read-only; nothing here can be saved.</source>
        <translation>La base de données est ouverte en lecture seule ; rien ici ne peut être enregistré.</translation>
    </message>
    <message>
        <source>{0} are never edited: they stay provable (MOU 3.6). Record a new one instead.</source>
        <translation>{0} : jamais modifiés, pour rester probants (MOU 3.6). Enregistrez-en un nouveau à la place.</translation>
    </message>
    <message>
        <source>New {0}</source>
        <translation>Nouvelle fiche : {0}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0} : {1}</translation>
    </message>
    <message>
        <source> (in conflict)</source>
        <translation> (en conflit)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>This record has changes that are not saved. Save them?</source>
        <translation>Cette fiche a des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <source>Joint confirmation</source>
        <translation>Confirmation conjointe</translation>
    </message>
    <message>
        <source>Each party confirms the record for itself: who confirmed it, and when.</source>
        <translation>Chaque partie confirme la fiche pour elle-même : qui l'a confirmée, et quand.</translation>
    </message>
    <message>
        <source>{0} confirmed by</source>
        <translation>Confirmé pour {0} par</translation>
    </message>
    <message>
        <source>{0} confirmed on</source>
        <translation>Confirmé pour {0} le</translation>
    </message>
    <message>
        <source>First party</source>
        <translation>Première partie</translation>
    </message>
    <message>
        <source>Second party</source>
        <translation>Seconde partie</translation>
    </message>
    <message>
        <source>{0} (deleted)</source>
        <translation>{0} (supprimé)</translation>
    </message>
    <message>
        <source>Not saved. Fix first:</source>
        <translation>Non enregistrée. À corriger d'abord :</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>Search the visible columns (Ctrl+F)</source>
        <translation>Rechercher dans les colonnes visibles (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Re&amp;chercher :</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the {0} '{1}'? The deletion travels to other offices with your next export.</source>
        <translation>Supprimer la fiche {0} « {1} » ? La suppression part vers les autres bureaux avec votre prochaine exportation.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Non supprimée</translation>
    </message>
    <message>
        <source>Select the record to duplicate first.</source>
        <translation>Sélectionnez d'abord la fiche à dupliquer.</translation>
    </message>
    <message>
        <source>{0} are not duplicated: each is recorded anew.</source>
        <translation>Les {0} ne sont pas dupliqués : chacun est enregistré à nouveau.</translation>
    </message>
    <message>
        <source>New {0}, a copy of '{1}'</source>
        <translation>Nouvelle fiche ({0}), copie de « {1} »</translation>
    </message>
    <message>
        <source>Select the records to change first (Ctrl+click or Shift+click adds rows).</source>
        <translation>Sélectionnez d'abord les fiches à modifier (Ctrl+clic ou Maj+clic ajoute des lignes).</translation>
    </message>
    <message>
        <source>{0} are never edited: they stay provable (MOU 3.6).</source>
        <translation>Les {0} ne sont jamais modifiés : ils restent probants (MOU 3.6).</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Rien n'a changé</translation>
    </message>
    <message>
        <source>No record was changed, because:
{0}</source>
        <translation>Aucune fiche n'a été modifiée, car :
{0}</translation>
    </message>
    <message>
        <source>{0} changed on {1} records.</source>
        <translation>{0} modifié sur {1} fiches.</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0} : {1}</translation>
    </message>
    <message>
        <source> (more than {0} shown)</source>
        <translation> (plus de {0} affichées)</translation>
    </message>
    <message>
        <source> ({0} shown)</source>
        <translation> ({0} affichées)</translation>
    </message>
    <message>
        <source>May be the same as '{0}' ({1}); see Tools &gt; Possible duplicates.</source>
        <translation>Peut-être la même fiche que « {0} » ({1}) ; voir Outils &gt; Doublons possibles.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report of the MOU's implementation</source>
        <translation>Rapport sur la mise en œuvre du protocole d'accord</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>Activities led by</source>
        <translation>Activités menées par</translation>
    </message>
    <message>
        <source>Both parties</source>
        <translation>Les deux parties</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Anyone: no personal data</source>
        <translation>Tout public : aucune donnée personnelle</translation>
    </message>
    <message>
        <source>Our own organisation (names people)</source>
        <translation>Notre organisation (nomme les personnes)</translation>
    </message>
    <message>
        <source>The partner party (strictly confidential, names people)</source>
        <translation>La partie partenaire (strictement confidentiel, nomme les personnes)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>PDF, to print or read</source>
        <translation>PDF, à imprimer ou à lire</translation>
    </message>
    <message>
        <source>Excel workbook (xlsx)</source>
        <translation>Classeur Excel (xlsx)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>P&amp;ays :</translation>
    </message>
    <message>
        <source>&amp;Activities led by:</source>
        <translation>&amp;Activités menées par :</translation>
    </message>
    <message>
        <source>For &amp;whom:</source>
        <translation>&amp;Destinataire :</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>Fo&amp;rmat :</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Open the report</source>
        <translation>&amp;Ouvrir le rapport</translation>
    </message>
    <message>
        <source>&amp;Make the report</source>
        <translation>&amp;Établir le rapport</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Fer&amp;mer</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Enregistrer le rapport sous</translation>
    </message>
    <message>
        <source>The report is saved as {0}</source>
        <translation>Le rapport est enregistré sous {0}</translation>
    </message>
    <message>
        <source>No report was made.</source>
        <translation>Aucun rapport n'a été établi.</translation>
    </message>
</context>
<context>
    <name>ReportWording</name>
    <message>
        <source>{0} to {1}</source>
        <translation>du {0} au {1}</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>toutes les dates</translation>
    </message>
    <message>
        <source>all countries</source>
        <translation>tous les pays</translation>
    </message>
    <message>
        <source>; activities led by {0}</source>
        <translation>; activités conduites par {0}</translation>
    </message>
    <message>
        <source>Period: {0}</source>
        <translation>Période : {0}</translation>
    </message>
    <message>
        <source>Scope: {0}</source>
        <translation>Champ : {0}</translation>
    </message>
    <message>
        <source>Parties: {0}</source>
        <translation>Parties : {0}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Prepared for: {0}</source>
        <translation>Préparé pour : {0}</translation>
    </message>
    <message>
        <source>Made on {0} with mouliaison; standing figures as of {1}.</source>
        <translation>Établi le {0} avec mouliaison ; situation au {1}.</translation>
    </message>
    <message>
        <source>This report names people: the recipient may see personal data (MOU 3.6).</source>
        <translation>Ce rapport nomme des personnes : le destinataire peut voir des données personnelles (MOU 3.6).</translation>
    </message>
    <message>
        <source>This report holds no personal data: counts and titles, no one's name or contact details.</source>
        <translation>Ce rapport ne contient aucune donnée personnelle : des nombres et des titres, ni nom ni coordonnées de personne.</translation>
    </message>
    <message>
        <source>STRICTLY CONFIDENTIAL: shared with the partner party under MOU 3.6</source>
        <translation>STRICTEMENT CONFIDENTIEL : communiqué à la partie partenaire au titre du MOU 3.6</translation>
    </message>
    <message>
        <source>(none in this period)</source>
        <translation>(aucun dans cette période)</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>Page {0} sur {1}</translation>
    </message>
    <message>
        <source>Page &amp;P of &amp;N</source>
        <translation>Page &amp;P sur &amp;N</translation>
    </message>
    <message>
        <source>{0}; {1}; made on {2}</source>
        <translation>{0} ; {1} ; établi le {2}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Office not saved</source>
        <translation>Bureau non enregistré</translation>
    </message>
    <message>
        <source>The office you typed is not saved. Save it?</source>
        <translation>Le bureau saisi n'est pas enregistré. L'enregistrer ?</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>S&amp;ystem</source>
        <translation>S&amp;ystème</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>C&amp;lair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>Light or dark as the system is, where it tells</source>
        <translation>Clair ou sombre comme le système, s'il l'indique</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>La&amp;ngue :</translation>
    </message>
    <message>
        <source>Takes effect the next time mouliaison starts.</source>
        <translation>Prend effet au prochain démarrage de mouliaison.</translation>
    </message>
    <message>
        <source>Not kept: {0}</source>
        <translation>Non conservé : {0}</translation>
    </message>
    <message>
        <source>Applied, but not kept: {0}</source>
        <translation>Appliqué, mais non conservé : {0}</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Open now: {0}</source>
        <translation>Ouverte : {0}</translation>
    </message>
    <message>
        <source>&amp;Open another…</source>
        <translation>&amp;Ouvrir une autre…</translation>
    </message>
    <message>
        <source>Create a ne&amp;w one…</source>
        <translation>&amp;Créer une nouvelle…</translation>
    </message>
    <message>
        <source>On a ser&amp;ver…</source>
        <translation>Sur un ser&amp;veur…</translation>
    </message>
    <message>
        <source>{0} opens the next time you start mouliaison.</source>
        <translation>{0} s'ouvrira au prochain démarrage de mouliaison.</translation>
    </message>
    <message>
        <source>A database on a server</source>
        <translation>Une base de données sur un serveur</translation>
    </message>
    <message>
        <source>The PostgreSQL database's address, as postgresql://USER@HOST/DATABASE (keep the password in the file ~/.pgpass rather than in the address):</source>
        <translation>L'adresse de la base de données PostgreSQL, sous la forme postgresql://UTILISATEUR@HÔTE/BASE (gardez le mot de passe dans le fichier ~/.pgpass plutôt que dans l'adresse) :</translation>
    </message>
    <message>
        <source>{0} is not a PostgreSQL address: write it as postgresql://USER@HOST/DATABASE.</source>
        <translation>{0} n'est pas une adresse PostgreSQL : écrivez-la sous la forme postgresql://UTILISATEUR@HÔTE/BASE.</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation>Ouvrir une autre base de données</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation>Créer une nouvelle base de données</translation>
    </message>
    <message>
        <source>{0} already exists: it opens, as it is, the next time you start mouliaison.</source>
        <translation>{0} existe déjà : elle s'ouvrira, telle quelle, au prochain démarrage de mouliaison.</translation>
    </message>
    <message>
        <source>{0} is created the next time you start mouliaison.</source>
        <translation>{0} sera créée au prochain démarrage de mouliaison.</translation>
    </message>
    <message>
        <source>mouliaison databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Bases de données mouliaison (*.sqlite3 *.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>{0} is the database open now.</source>
        <translation>{0} est la base de données ouverte.</translation>
    </message>
    <message>
        <source>Cannot keep the choice: {0}</source>
        <translation>Impossible de conserver le choix : {0}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>mouliaison cannot open the database</source>
        <translation>mouliaison ne peut pas ouvrir la base de données</translation>
    </message>
    <message>
        <source>Unexpected problem</source>
        <translation>Problème inattendu</translation>
    </message>
    <message>
        <source>Where the database is</source>
        <translation>Emplacement de la base de données</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>First party</source>
        <translation>Première partie</translation>
    </message>
    <message>
        <source>Second party</source>
        <translation>Seconde partie</translation>
    </message>
    <message>
        <source>Signed by the first party on</source>
        <translation>Signé par la première partie le</translation>
    </message>
    <message>
        <source>Place of the first party's signature</source>
        <translation>Lieu de signature de la première partie</translation>
    </message>
    <message>
        <source>Signatory for the first party</source>
        <translation>Signataire de la première partie</translation>
    </message>
    <message>
        <source>Signed by the second party on</source>
        <translation>Signé par la seconde partie le</translation>
    </message>
    <message>
        <source>Place of the second party's signature</source>
        <translation>Lieu de signature de la seconde partie</translation>
    </message>
    <message>
        <source>Signatory for the second party</source>
        <translation>Signataire de la seconde partie</translation>
    </message>
    <message>
        <source>Entry into force</source>
        <translation>Entrée en vigueur</translation>
    </message>
    <message>
        <source>Termination takes effect after (months)</source>
        <translation>Délai de prise d'effet de la résiliation (mois)</translation>
    </message>
    <message>
        <source>Termination notice delivered on</source>
        <translation>Préavis de résiliation remis le</translation>
    </message>
    <message>
        <source>Termination notice given by</source>
        <translation>Préavis de résiliation donné par</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Amendments (agreed in writing by both parties)</source>
        <translation>Amendements (convenus par écrit par les deux parties)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>Siège</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>The other party is present here</source>
        <translation>L'autre partie est présente ici</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Title or role</source>
        <translation>Titre ou fonction</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>Domaines thématiques</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu'au</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Lead party</source>
        <translation>Partie chef de file</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Début prévu</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fin prévue</translation>
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
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Participating organisations</source>
        <translation>Organisations participantes</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Participants (women)</source>
        <translation>Participants (femmes)</translation>
    </message>
    <message>
        <source>Participants (men)</source>
        <translation>Participants (hommes)</translation>
    </message>
    <message>
        <source>Resources of the first party</source>
        <translation>Ressources de la première partie</translation>
    </message>
    <message>
        <source>Resources of the second party</source>
        <translation>Ressources de la seconde partie</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Project agreement</source>
        <translation>Accord de projet</translation>
    </message>
    <message>
        <source>Confirmed for the first party by</source>
        <translation>Confirmé pour la première partie par</translation>
    </message>
    <message>
        <source>Confirmed for the first party on</source>
        <translation>Confirmé pour la première partie le</translation>
    </message>
    <message>
        <source>Confirmed for the second party by</source>
        <translation>Confirmé pour la seconde partie par</translation>
    </message>
    <message>
        <source>Confirmed for the second party on</source>
        <translation>Confirmé pour la seconde partie le</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Organised by</source>
        <translation>Organisée par</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Related activity</source>
        <translation>Activité liée</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Documents (title and reference, one a line)</source>
        <translation>Documents (titre et référence, un par ligne)</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Related project agreement</source>
        <translation>Accord de projet lié</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Demandé par</translation>
    </message>
    <message>
        <source>Requested of</source>
        <translation>Demandé à</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Demandé le</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Répondu le</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Roles and responsibilities of the first party</source>
        <translation>Rôles et responsabilités de la première partie</translation>
    </message>
    <message>
        <source>Roles and responsibilities of the second party</source>
        <translation>Rôles et responsabilités de la seconde partie</translation>
    </message>
    <message>
        <source>Owner of the IP</source>
        <translation>Titulaire de la PI</translation>
    </message>
    <message>
        <source>Party using it</source>
        <translation>Partie qui l'utilise</translation>
    </message>
    <message>
        <source>Logo, name or trademark</source>
        <translation>Logo, nom ou marque</translation>
    </message>
    <message>
        <source>Product or event</source>
        <translation>Produit ou événement</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Approuvé le</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Written instructions</source>
        <translation>Instructions écrites</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Recipient (partner, third-party:NAME, any-third-party)</source>
        <translation>Destinataire (partner, third-party:NOM, any-third-party)</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu'au</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Evidence reference</source>
        <translation>Référence de la preuve</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <source>Withdraws the consent</source>
        <translation>Retire le consentement</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Retiré le</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Vocabulaire</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Parent code</source>
        <translation>Code parent</translation>
    </message>
</context>
<context>
    <name>labelled</name>
    <message>
        <source>{0}: {1}</source>
        <translation>{0} : {1}</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>a confirmation names who confirmed and when</source>
        <translation>une confirmation indique qui a confirmé et quand</translation>
    </message>
    <message>
        <source>an agreement is between two different parties</source>
        <translation>un accord lie deux parties différentes</translation>
    </message>
    <message>
        <source>a termination notice names who gave it and when it was delivered</source>
        <translation>un préavis de dénonciation indique qui l'a donné et quand il a été remis</translation>
    </message>
    <message>
        <source>a notice given needs the date it was delivered</source>
        <translation>un préavis donné doit avoir sa date de remise</translation>
    </message>
    <message>
        <source>the designation</source>
        <translation>la désignation</translation>
    </message>
    <message>
        <source>the plan</source>
        <translation>le plan</translation>
    </message>
    <message>
        <source>the activity</source>
        <translation>l'activité</translation>
    </message>
    <message>
        <source>information goes from one party to the other</source>
        <translation>l'information va d'une partie à l'autre</translation>
    </message>
    <message>
        <source>a party requests the cooperation of the other</source>
        <translation>une partie demande la coopération de l'autre</translation>
    </message>
    <message>
        <source>the request</source>
        <translation>la demande</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>le projet</translation>
    </message>
    <message>
        <source>approval is for the other party's IP (MOU 3.3)</source>
        <translation>l'autorisation porte sur la PI de l'autre partie (MOU 3.3)</translation>
    </message>
    <message>
        <source>an approval needs its date</source>
        <translation>une autorisation doit avoir sa date</translation>
    </message>
    <message>
        <source>the approval</source>
        <translation>l'autorisation</translation>
    </message>
    <message>
        <source>the consent</source>
        <translation>le consentement</translation>
    </message>
    <message>
        <source>a withdrawal names the consent it withdraws and its date</source>
        <translation>un retrait indique le consentement qu'il retire et sa date</translation>
    </message>
    <message>
        <source>'{recipient}' is not a recipient; write partner, any-third-party or third-party:NAME</source>
        <translation>« {recipient} » n'est pas un destinataire ; écrivez partner, any-third-party ou third-party:NOM</translation>
    </message>
    <message>
        <source>{what} ends on {last} before it starts on {first}</source>
        <translation>{what} se termine le {last}, avant de commencer le {first}</translation>
    </message>
    <message>
        <source>entry into force must be the later signature date, {date}</source>
        <translation>l'entrée en vigueur doit être la date de la dernière signature, {date}</translation>
    </message>
    <message>
        <source>{label} is {length:,} characters long as Excel counts them (an emoji or a rare letter counts 2); the limit is {limit:,}</source>
        <translation>{label} compte {length} caractères comme Excel les compte (un emoji ou une lettre rare compte 2) ; la limite est {limit}</translation>
    </message>
    <message>
        <source>{label} {problem}</source>
        <translation>{label} : {problem}</translation>
    </message>
    <message>
        <source>{label}: {problem}</source>
        <translation>{label} : {problem}</translation>
    </message>
    <message>
        <source>'{value}' is not an email address (name@example.org)</source>
        <translation>« {value} » n'est pas une adresse électronique (nom@exemple.org)</translation>
    </message>
    <message>
        <source>'{value}' is not a phone number (digits, spaces, + - ( ) .)</source>
        <translation>« {value} » n'est pas un numéro de téléphone (chiffres, espaces, + - ( ) .)</translation>
    </message>
    <message>
        <source>{label} cannot be less than {minimum}</source>
        <translation>{label} : pas moins de {minimum}</translation>
    </message>
    <message>
        <source>{type} has no field '{key}'; its fields are: {known}</source>
        <translation>{type} n'a pas de champ « {key} » ; ses champs sont : {known}</translation>
    </message>
    <message>
        <source>{label} is required</source>
        <translation>{label} : obligatoire</translation>
    </message>
    <message>
        <source>{codes} not allowed; use codes such as: {sample}</source>
        <translation>{codes} non autorisé ; utilisez des codes comme : {sample}</translation>
    </message>
    <message>
        <source>no {target} with id {ids}</source>
        <translation>aucune fiche {target} avec l'identifiant {ids}</translation>
    </message>
    <message>
        <source>holds an invisible control character (U+{code}) that spreadsheets cannot keep; remove it (copied text sometimes carries one) and try again</source>
        <translation>contient un caractère de contrôle invisible (U+{code}) que les tableurs ne peuvent pas garder ; supprimez-le (un texte copié en contient parfois) et réessayez</translation>
    </message>
    <message>
        <source>{date} is outside the dates spreadsheets can show ({earliest} to {latest}); check the year</source>
        <translation>{date} est en dehors des dates que les tableurs peuvent afficher ({earliest} à {latest}) ; vérifiez l'année</translation>
    </message>
    <message>
        <source>expected true or false, got {kind}</source>
        <translation>vrai ou faux attendu, reçu {kind}</translation>
    </message>
    <message>
        <source>expected text, got {kind}</source>
        <translation>texte attendu, reçu {kind}</translation>
    </message>
    <message>
        <source>'{text}' is not yes or no; write true or false</source>
        <translation>« {text} » n'est ni oui ni non ; écrivez true ou false</translation>
    </message>
    <message>
        <source>expected a date, got {kind}</source>
        <translation>date attendue, reçu {kind}</translation>
    </message>
    <message>
        <source>expected a list, got {kind}</source>
        <translation>liste attendue, reçu {kind}</translation>
    </message>
    <message>
        <source>expected a whole number, got {kind}</source>
        <translation>nombre entier attendu, reçu {kind}</translation>
    </message>
    <message>
        <source>expected a list of text, got {kind}</source>
        <translation>liste de textes attendue, reçu {kind}</translation>
    </message>
    <message>
        <source>'{text}' is not a date; write it as YYYY-MM-DD, e.g. 2018-05-08</source>
        <translation>« {text} » n'est pas une date ; écrivez-la AAAA-MM-JJ, par exemple 2018-05-08</translation>
    </message>
    <message>
        <source>expected a date without a time of day</source>
        <translation>date attendue sans heure</translation>
    </message>
    <message>
        <source>'{text}' is not a date</source>
        <translation>« {text} » n'est pas une date</translation>
    </message>
    <message>
        <source>'{text}' is not a whole number</source>
        <translation>« {text} » n'est pas un nombre entier</translation>
    </message>
    <message>
        <source>this person's personal data was erased on request (MOU 3.6)</source>
        <translation>les données personnelles de cette personne ont été effacées à sa demande (MOU 3.6)</translation>
    </message>
    <message>
        <source>{who} refer to this {type}; change them first, or delete it anyway with --force (they will name a deleted record)</source>
        <translation>{who} renvoient à cette fiche ({type}) ; modifiez-les d'abord, ou supprimez-la quand même avec --force (elles nommeront une fiche supprimée)</translation>
    </message>
    <message>
        <source>no {target} is called '{name}'; give its name exactly, or its id</source>
        <translation>aucune fiche {target} ne s'appelle « {name} » ; donnez son nom exact, ou son identifiant</translation>
    </message>
    <message>
        <source>{count} records of type {target} are called '{name}'; give the id of one: {ids}</source>
        <translation>{count} fiches de type {target} s'appellent « {name} » ; donnez l'identifiant de l'une d'elles : {ids}</translation>
    </message>
    <message>
        <source>'{title}': {problem}</source>
        <translation>« {title} » : {problem}</translation>
    </message>
    <message>
        <source>{n} formula cells: their computed values were taken, the formulas were not evaluated</source>
        <translation>{n} cellules à formule : leurs valeurs calculées ont été prises, les formules n'ont pas été évaluées</translation>
    </message>
    <message>
        <source>{n} cells had a time of day; the date was kept</source>
        <translation>{n} cellules avaient une heure ; la date a été gardée</translation>
    </message>
    <message>
        <source>1 formula cell: its computed value was taken, the formula was not evaluated</source>
        <translation>1 cellule à formule : sa valeur calculée a été prise, la formule n'a pas été évaluée</translation>
    </message>
    <message>
        <source>{sheet}, column {letter} ({label}): {note}</source>
        <translation>{sheet}, colonne {letter} ({label}) : {note}</translation>
    </message>
    <message>
        <source>1 cell had a time of day; the date was kept</source>
        <translation>1 cellule avait une heure ; la date a été gardée</translation>
    </message>
    <message>
        <source>"{name}" is not an Excel workbook (.xlsx): it is not even a zip archive, as every .xlsx file is. It may be damaged, or another kind of file renamed. Ask the sender for the workbook saved from Excel as .xlsx.</source>
        <translation>« {name} » n'est pas un classeur Excel (.xlsx) : ce n'est même pas une archive zip, comme l'est tout fichier .xlsx. Il est peut-être endommagé, ou c'est un autre type de fichier renommé. Demandez à l'expéditeur le classeur enregistré depuis Excel en .xlsx.</translation>
    </message>
    <message>
        <source>"{name}" is an old Excel 97-2003 workbook (.xls), which this app does not read. Open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx), then import the new file.</source>
        <translation>« {name} » est un ancien classeur Excel 97-2003 (.xls), que cette application ne lit pas. Ouvrez-le dans Excel ou LibreOffice et enregistrez-le comme classeur Excel (.xlsx), puis importez le nouveau fichier.</translation>
    </message>
    <message>
        <source>"{name}" is a PDF document, not an Excel workbook (.xlsx). Ask the sender for the workbook saved from Excel as .xlsx.</source>
        <translation>« {name} » est un document PDF, pas un classeur Excel (.xlsx). Demandez à l'expéditeur le classeur enregistré depuis Excel en .xlsx.</translation>
    </message>
    <message>
        <source>"{name}" is a picture, not an Excel workbook (.xlsx). Ask the sender for the workbook saved from Excel as .xlsx.</source>
        <translation>« {name} » est une image, pas un classeur Excel (.xlsx). Demandez à l'expéditeur le classeur enregistré depuis Excel en .xlsx.</translation>
    </message>
    <message>
        <source>"{name}" is a compressed archive of another kind (RAR, 7-Zip or gzip), not an Excel workbook (.xlsx). Unpack it first and import the .xlsx inside.</source>
        <translation>« {name} » est une archive compressée d'un autre type (RAR, 7-Zip ou gzip), pas un classeur Excel (.xlsx). Décompressez-la d'abord et importez le .xlsx qu'elle contient.</translation>
    </message>
    <message>
        <source>"{name}" is a plain text file (a CSV file or similar, renamed), not an Excel workbook (.xlsx). Open it in Excel or LibreOffice, check the columns, save it as an Excel workbook (.xlsx) and import that.</source>
        <translation>« {name} » est un fichier texte (un fichier CSV ou semblable, renommé), pas un classeur Excel (.xlsx). Ouvrez-le dans Excel ou LibreOffice, vérifiez les colonnes, enregistrez-le comme classeur Excel (.xlsx) et importez celui-ci.</translation>
    </message>
    <message>
        <source>"{name}" is empty (0 bytes): it was probably not saved or copied completely. Ask the sender to send it again.</source>
        <translation>« {name} » est vide (0 octet) : il n'a probablement pas été enregistré ou copié complètement. Demandez à l'expéditeur de l'envoyer à nouveau.</translation>
    </message>
    <message>
        <source>"{name}" is {size}, more than the {limit} this app accepts. Ask the sender to split it into smaller workbooks.</source>
        <translation>« {name} » fait {size}, plus que les {limit} que cette application accepte. Demandez à l'expéditeur de le diviser en classeurs plus petits.</translation>
    </message>
    <message>
        <source>"{name}" is protected with a password (an encrypted workbook), so it cannot be read. Open it in Excel or LibreOffice with the password, remove the password, save it again as .xlsx and import the new file.</source>
        <translation>« {name} » est protégé par un mot de passe (un classeur chiffré) : il ne peut pas être lu. Ouvrez-le dans Excel ou LibreOffice avec le mot de passe, retirez le mot de passe, enregistrez-le à nouveau en .xlsx et importez le nouveau fichier.</translation>
    </message>
    <message>
        <source>"{name}" is an old Word document (.doc), not an Excel workbook. Ask the sender for the Excel workbook (.xlsx).</source>
        <translation>« {name} » est un ancien document Word (.doc), pas un classeur Excel. Demandez à l'expéditeur le classeur Excel (.xlsx).</translation>
    </message>
    <message>
        <source>"{name}" is an old PowerPoint presentation (.ppt), not an Excel workbook. Ask the sender for the Excel workbook (.xlsx).</source>
        <translation>« {name} » est une ancienne présentation PowerPoint (.ppt), pas un classeur Excel. Demandez à l'expéditeur le classeur Excel (.xlsx).</translation>
    </message>
    <message>
        <source>"{name}" is an Excel 2003 XML spreadsheet, not an Excel workbook (.xlsx). Open it in Excel or LibreOffice, check the columns, save it as an Excel workbook (.xlsx) and import that.</source>
        <translation>« {name} » est une feuille de calcul XML Excel 2003, pas un classeur Excel (.xlsx). Ouvrez-la dans Excel ou LibreOffice, vérifiez les colonnes, enregistrez-la comme classeur Excel (.xlsx) et importez celui-ci.</translation>
    </message>
    <message>
        <source>"{name}" is a web page (HTML) with a workbook's name, not an Excel workbook (.xlsx). Open it in Excel or LibreOffice, check the columns, save it as an Excel workbook (.xlsx) and import that.</source>
        <translation>« {name} » est une page web (HTML) avec un nom de classeur, pas un classeur Excel (.xlsx). Ouvrez-la dans Excel ou LibreOffice, vérifiez les colonnes, enregistrez-la comme classeur Excel (.xlsx) et importez celui-ci.</translation>
    </message>
    <message>
        <source>rows {rows}</source>
        <translation>lignes {rows}</translation>
    </message>
    <message>
        <source>row {rows}</source>
        <translation>ligne {rows}</translation>
    </message>
    <message>
        <source>{sheet} rows {rows}: imported without their rejected cells; fix those cells (or the mapping) and import the sheet again: the rows complete their records, they do not come twice</source>
        <translation>{sheet}, lignes {rows} : importées sans leurs cellules rejetées ; corrigez ces cellules (ou la correspondance des colonnes) et importez à nouveau la feuille : les lignes complètent leurs fiches, elles ne viennent pas deux fois</translation>
    </message>
    <message>
        <source>{count} {type} are not held here: {names}: add them first, or import with create_missing</source>
        <translation>{count} {type} inconnu(e)s ici : {names} : ajoutez ces fiches d'abord, ou importez avec create_missing</translation>
    </message>
    <message>
        <source>{sheet} row {rows}: imported without its rejected cells; fix those cells (or the mapping) and import the sheet again: the row completes its record, it does not come twice</source>
        <translation>{sheet}, ligne {rows} : importée sans ses cellules rejetées ; corrigez ces cellules (ou la correspondance des colonnes) et importez à nouveau la feuille : la ligne complète sa fiche, elle ne vient pas deux fois</translation>
    </message>
    <message>
        <source>{count} {type} is not held here: {names}: add it first ({why})</source>
        <translation>{count} {type} inconnu(e) ici : {names} : ajoutez cette fiche d'abord ({why})</translation>
    </message>
    <message>
        <source>{count} {type} are not held here: {names}: add them first ({why})</source>
        <translation>{count} {type} inconnu(e)s ici : {names} : ajoutez ces fiches d'abord ({why})</translation>
    </message>
    <message>
        <source>{count} {type} is not held here: {names}: add it first, or import with create_missing</source>
        <translation>{count} {type} inconnu(e) ici : {names} : ajoutez cette fiche d'abord, ou importez avec create_missing</translation>
    </message>
    <message>
        <source>{count} rows differ from what a copy of these sheets read before said, and this file holds no time it was saved (a CSV file does not), so it reads as the older copy: those cells were not taken. To take them, save the file as .xlsx or .ods and import that</source>
        <translation>{count} lignes diffèrent de ce que disait une copie de ces feuilles lue auparavant, et ce fichier n'indique pas quand il a été enregistré (un fichier CSV ne le fait pas) : il compte donc comme la copie la plus ancienne et ces cellules n'ont pas été prises. Pour les prendre, enregistrez le fichier en .xlsx ou .ods et importez celui-ci</translation>
    </message>
    <message>
        <source>{sheet} {rows}: their key cells are empty, so nothing tells these rows apart when the sheet is sent again: they will be imported again then; fill in the key cells (or choose other key columns)</source>
        <translation>{sheet}, {rows} : leurs cellules clés sont vides, donc rien ne distingue ces lignes quand la feuille sera renvoyée : elles seront alors importées à nouveau ; remplissez les cellules clés (ou choisissez d'autres colonnes clés)</translation>
    </message>
    <message>
        <source>{sheet} {rows}: their records were deleted here; not imported again</source>
        <translation>{sheet}, {rows} : leurs fiches ont été supprimées ici ; non importées à nouveau</translation>
    </message>
    <message>
        <source>{count} {type} made from the names in the sheets (create_missing): {names}</source>
        <translation>{count} {type} créé(e)s à partir des noms des feuilles (create_missing) : {names}</translation>
    </message>
    <message>
        <source>{sheet} row {rows}: not imported because of their rejected cells; fix those cells and import the sheet again (the rows imported now will not come twice)</source>
        <translation>{sheet}, ligne {rows} : non importée à cause de ses cellules rejetées ; corrigez ces cellules et importez à nouveau la feuille (les lignes importées maintenant ne viendront pas deux fois)</translation>
    </message>
    <message>
        <source>{sheet} rows {rows}: not imported because of their rejected cells; fix those cells and import the sheet again (the rows imported now will not come twice)</source>
        <translation>{sheet}, lignes {rows} : non importées à cause de leurs cellules rejetées ; corrigez ces cellules et importez à nouveau la feuille (les lignes importées maintenant ne viendront pas deux fois)</translation>
    </message>
    <message>
        <source>a {type} cannot be made from a name alone (it needs {fields} too)</source>
        <translation>une fiche {type} ne peut pas être créée à partir d'un nom seul (il faut aussi : {fields})</translation>
    </message>
    <message>
        <source>'{name}' may mean several countries: {countries}; write the code of the one meant</source>
        <translation>« {name} » peut désigner plusieurs pays : {countries} ; écrivez le code de celui qui est voulu</translation>
    </message>
    <message>
        <source>{first}; {then}</source>
        <translation>{first} ; {then}</translation>
    </message>
    <message>
        <source>versions of an unknown record type '{entity}' are kept as they are</source>
        <translation>les versions d'un type de fiche inconnu « {entity} » sont gardées telles quelles</translation>
    </message>
    <message>
        <source>{entity} {id} has versions but no current row</source>
        <translation>{entity} {id} a des versions mais pas de ligne actuelle</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>{entity} {id}: the current row differs from its versions in {where}</source>
        <translation>{entity} {id} : la ligne actuelle diffère de ses versions pour {where}</translation>
    </message>
    <message>
        <source>{entity} {id} field {field} refers to {target} {missing}, which this database does not hold</source>
        <translation>{entity} {id}, champ {field}, renvoie à {target} {missing}, que cette base ne contient pas</translation>
    </message>
    <message>
        <source>See how its sheets map with `mouliaison import {name} --show-mapping`, correct that mapping and import again with --map MAPPING.json; or remove the file from this import</source>
        <translation>Voyez comment ses feuilles sont associées avec `mouliaison import {name} --show-mapping`, corrigez cette association et importez à nouveau avec --map MAPPING.json ; ou retirez le fichier de cette importation</translation>
    </message>
    <message>
        <source>{count} rows quarantined</source>
        <translation>{count} lignes mises de côté</translation>
    </message>
    <message>
        <source>{count} cells rejected</source>
        <translation>{count} cellules rejetées</translation>
    </message>
    <message>
        <source>no record type for sheet {sheets}</source>
        <translation>aucun type de fiche pour la feuille {sheets}</translation>
    </message>
    <message>
        <source>Implementation of the Memorandum of Understanding</source>
        <translation>Mise en œuvre du protocole d'accord</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>An activity in several countries counts in each. {count} have no country.</source>
        <translation>Une activité dans plusieurs pays compte dans chacun. {count} n'ont pas de pays.</translation>
    </message>
    <message>
        <source>{exchanges}: {classes}.</source>
        <translation>{exchanges} : {classes}.</translation>
    </message>
    <message>
        <source>{count} joint activity whose dates meet the period.</source>
        <translation>{count} activité conjointe dont les dates rencontrent la période.</translation>
    </message>
    <message>
        <source>{count} joint activities whose dates meet the period.</source>
        <translation>{count} activités conjointes dont les dates rencontrent la période.</translation>
    </message>
    <message>
        <source>{count} activity has no date and no period counts it.</source>
        <translation>{count} activité n'a pas de date et aucune période ne la compte.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Agreement status (MOU 7.1, 7.2)</source>
        <translation>État de l'accord (MOU 7.1, 7.2)</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} et {second}</translation>
    </message>
    <message>
        <source>{count} joint activity in the period.</source>
        <translation>{count} activité conjointe dans la période.</translation>
    </message>
    <message>
        <source>{count} joint activities in the period.</source>
        <translation>{count} activités conjointes dans la période.</translation>
    </message>
    <message>
        <source>{counted} {undated}</source>
        <translation>{counted} {undated}</translation>
    </message>
    <message>
        <source>Joint activities by status</source>
        <translation>Activités conjointes par statut</translation>
    </message>
    <message>
        <source>{code}. {label}</source>
        <translation>{code}. {label}</translation>
    </message>
    <message>
        <source>Joint activities by country</source>
        <translation>Activités conjointes par pays</translation>
    </message>
    <message>
        <source>Joint activities by quarter of their start</source>
        <translation>Activités conjointes par trimestre de début</translation>
    </message>
    <message>
        <source>An activity that started before the period counts in its first quarter.</source>
        <translation>Une activité commencée avant la période compte dans son premier trimestre.</translation>
    </message>
    <message>
        <source>Both parties</source>
        <translation>Les deux parties</translation>
    </message>
    <message>
        <source>Neither party</source>
        <translation>Aucune partie</translation>
    </message>
    <message>
        <source>{party} only</source>
        <translation>{party} seulement</translation>
    </message>
    <message>
        <source>Joint confirmation of activities</source>
        <translation>Confirmation conjointe des activités</translation>
    </message>
    <message>
        <source>Focal points (MOU 1.3, 1.4)</source>
        <translation>Points focaux (MOU 1.3, 1.4)</translation>
    </message>
    <message>
        <source>As of {day}: {missing} of {levels} levels without a focal point.</source>
        <translation>Au {day} : {missing} niveaux sur {levels} sans point focal.</translation>
    </message>
    <message>
        <source>Open cooperation requests (MOU 1.2)</source>
        <translation>Demandes de coopération ouvertes (MOU 1.2)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <source>1 open action item past the due date as of {day}.</source>
        <translation>1 action ouverte a dépassé son échéance au {day}.</translation>
    </message>
    <message>
        <source>{count} open action items past the due date as of {day}.</source>
        <translation>{count} actions ouvertes ont dépassé leur échéance au {day}.</translation>
    </message>
    <message>
        <source>{note} Owners are not named in a report for this recipient.</source>
        <translation>{note} Les responsables ne sont pas nommés dans un rapport pour ce destinataire.</translation>
    </message>
    <message>
        <source>Overdue action items</source>
        <translation>Actions en retard</translation>
    </message>
    <message>
        <source>{first}, {rest}</source>
        <translation>{first}, {rest}</translation>
    </message>
    <message>
        <source>1 meeting</source>
        <translation>1 réunion</translation>
    </message>
    <message>
        <source>{count} meetings</source>
        <translation>{count} réunions</translation>
    </message>
    <message>
        <source>1 observer invitation</source>
        <translation>1 invitation d'observateur</translation>
    </message>
    <message>
        <source>{count} observer invitations</source>
        <translation>{count} invitations d'observateur</translation>
    </message>
    <message>
        <source>{meetings}, of which {observers} (MOU 5) ({kinds}).</source>
        <translation>{meetings}, dont {observers} (MOU 5) ({kinds}).</translation>
    </message>
    <message>
        <source>{meetings}, of which {observers} (MOU 5).</source>
        <translation>{meetings}, dont {observers} (MOU 5).</translation>
    </message>
    <message>
        <source>{note} For one country, only meetings about an activity in it are listed.</source>
        <translation>{note} Pour un pays, seules les réunions sur une activité dans ce pays sont listées.</translation>
    </message>
    <message>
        <source>Meetings and observers (MOU 5)</source>
        <translation>Réunions et observateurs (MOU 5)</translation>
    </message>
    <message>
        <source>1 request or approval dated in the period.</source>
        <translation>1 demande ou autorisation datée dans la période.</translation>
    </message>
    <message>
        <source>{count} requests or approvals dated in the period.</source>
        <translation>{count} demandes ou autorisations datées dans la période.</translation>
    </message>
    <message>
        <source>Use of the other party's name, logo or trademark (MOU 3.3)</source>
        <translation>Usage du nom, du logo ou de la marque de l'autre partie (MOU 3.3)</translation>
    </message>
    <message>
        <source>1 exchange</source>
        <translation>1 échange</translation>
    </message>
    <message>
        <source>{count} exchanges</source>
        <translation>{count} échanges</translation>
    </message>
    <message>
        <source>{note} For one country, only exchanges about an activity in it are listed.</source>
        <translation>{note} Pour un pays, seuls les échanges sur une activité dans ce pays sont listés.</translation>
    </message>
    <message>
        <source>Information exchanges (MOU 3.1, 3.2)</source>
        <translation>Échanges d'informations (MOU 3.1, 3.2)</translation>
    </message>
    <message>
        <source>{count} activities have no date and no period counts them.</source>
        <translation>{count} activités n'ont pas de date et aucune période ne les compte.</translation>
    </message>
    <message>
        <source>Joint activities by country and status</source>
        <translation>Activités conjointes par pays et par statut</translation>
    </message>
    <message>
        <source>Joint activities by quarter (each quarter they run in) and status</source>
        <translation>Activités conjointes par trimestre (chaque trimestre où elles se déroulent) et par statut</translation>
    </message>
    <message>
        <source>Activities confirmed by one party only</source>
        <translation>Activités confirmées par une seule partie</translation>
    </message>
    <message>
        <source>As of {day}.</source>
        <translation>Au {day}.</translation>
    </message>
    <message>
        <source>no recipient named</source>
        <translation>aucun destinataire nommé</translation>
    </message>
    <message>
        <source>Overview of the MOU's implementation</source>
        <translation>Vue d'ensemble de la mise en œuvre du protocole d'accord</translation>
    </message>
    <message>
        <source>Agreement status</source>
        <translation>État de l'accord</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>In force since</source>
        <translation>En vigueur depuis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>1 more has no date at all and is not counted: give it a start or planned start.</source>
        <translation>1 autre n'a aucune date et n'est pas comptée : donnez-lui un début ou un début prévu.</translation>
    </message>
    <message>
        <source>{count} more have no date at all and are not counted: give them a start or planned start.</source>
        <translation>{count} autres n'ont aucune date et ne sont pas comptées : donnez-leur un début ou un début prévu.</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Joint activities by thematic area (MOU 4.1 i-xi)</source>
        <translation>Activités conjointes par domaine thématique (MOU 4.1 i-xi)</translation>
    </message>
    <message>
        <source>An activity counts once under each area it is tagged with. {count} have no thematic area.</source>
        <translation>Une activité compte une fois dans chaque domaine qui lui est attribué. {count} n'ont pas de domaine thématique.</translation>
    </message>
    <message>
        <source>Joint activities by topic of area x (MOU 4.1 x.a-x.l)</source>
        <translation>Activités conjointes par sujet du domaine x (MOU 4.1 x.a-x.l)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>Code ISO</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>Confirmée par</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Designated</source>
        <translation>Désignés</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Demandée par</translation>
    </message>
    <message>
        <source>Requested of</source>
        <translation>Demandée à</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Demandée le</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>Jours ouverte</translation>
    </message>
    <message>
        <source>1 open now; days open counted to {day}.</source>
        <translation>1 ouverte à ce jour ; jours comptés jusqu'au {day}.</translation>
    </message>
    <message>
        <source>{count} open now; days open counted to {day}.</source>
        <translation>{count} ouvertes à ce jour ; jours comptés jusqu'au {day}.</translation>
    </message>
    <message>
        <source>{kind}: {count}</source>
        <translation>{kind} : {count}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Organised by</source>
        <translation>Organisée par</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Product or event</source>
        <translation>Produit ou événement</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Utilisé par</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Autorisé le</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>{label} {count}</source>
        <translation>{label} {count}</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>An activity counts in each quarter it runs in (from its start, or planned start, to its end, or planned end).</source>
        <translation>Une activité compte dans chaque trimestre où elle se déroule (de son début, ou début prévu, à sa fin, ou fin prévue).</translation>
    </message>
    <message>
        <source>An activity counts in each quarter it runs in (from its start, or planned start, to its end, or planned end). The {count} earlier quarters are left out.</source>
        <translation>Une activité compte dans chaque trimestre où elle se déroule (de son début, ou début prévu, à sa fin, ou fin prévue). Les {count} trimestres antérieurs ne sont pas montrés.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>En attente de</translation>
    </message>
    <message>
        <source>No agreement is held in this database.</source>
        <translation>Aucun accord n'est enregistré dans cette base.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseignée</translation>
    </message>
    <message>
        <source>Termination notice delivered on</source>
        <translation>Préavis de dénonciation remis le</translation>
    </message>
    <message>
        <source>Notice given by</source>
        <translation>Préavis donné par</translation>
    </message>
    <message>
        <source>Termination takes effect on</source>
        <translation>La dénonciation prend effet le</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>MANQUANT</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>(confidential: not described to this recipient)</source>
        <translation>(confidentiel : non décrit pour ce destinataire)</translation>
    </message>
    <message>
        <source>a date, but {label} expects {expects}</source>
        <translation>une date, mais {label} attend {expects}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>a value of an unexpected kind ({kind})</source>
        <translation>une valeur d'un type inattendu ({kind})</translation>
    </message>
    <message>
        <source>'{text}' is not a whole number; write digits only, e.g. 1200 (thousands may be grouped in threes: 1 200)</source>
        <translation>« {text} » n'est pas un nombre entier ; écrivez seulement des chiffres, par exemple 1200 (les milliers peuvent être groupés par trois : 1 200)</translation>
    </message>
    <message>
        <source>'{text}' is not yes or no; write yes or no (oui/non, sí/no)</source>
        <translation>« {text} » n'est ni oui ni non ; écrivez oui ou non (yes/no, sí/no)</translation>
    </message>
    <message>
        <source>the number {number}, but {label} expects {expects}</source>
        <translation>le nombre {number}, mais {label} attend {expects}</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>une date</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>oui ou non</translation>
    </message>
    <message>
        <source>{value} is a yes/no value; {label} expects {expects}</source>
        <translation>{value} est une valeur oui/non ; {label} attend {expects}</translation>
    </message>
    <message>
        <source>a time of day without a date; {label} expects {expects}</source>
        <translation>une heure sans date ; {label} attend {expects}</translation>
    </message>
    <message>
        <source>a formula ({formula}) whose result the file does not hold (it was never calculated); open the file in Excel or LibreOffice, save it and import it again, or type the value itself</source>
        <translation>une formule ({formula}) dont le fichier ne contient pas le résultat (elle n'a jamais été calculée) ; ouvrez le fichier dans Excel ou LibreOffice, enregistrez-le et importez-le à nouveau, ou tapez la valeur elle-même</translation>
    </message>
    <message>
        <source>a formula ({formula}) whose result is an error ({error}); correct it or type the value itself</source>
        <translation>une formule ({formula}) dont le résultat est une erreur ({error}) ; corrigez-la ou tapez la valeur elle-même</translation>
    </message>
    <message>
        <source>'{text}' is not a country known here; write its ISO code (e.g. KEN) or its name in English, French or Spanish</source>
        <translation>« {text} » n'est pas un pays connu ici ; écrivez son code ISO (par exemple KEN) ou son nom en anglais, en français ou en espagnol</translation>
    </message>
    <message>
        <source>a formula ({formula}) whose computed value does not fit: {problem}</source>
        <translation>une formule ({formula}) dont la valeur calculée ne convient pas : {problem}</translation>
    </message>
    <message>
        <source>'{text}' is not a country known here; write its ISO code (e.g. KEN) or its name in English, French or Spanish; separate several countries with ; or ,</source>
        <translation>« {text} » n'est pas un pays connu ici ; écrivez son code ISO (par exemple KEN) ou son nom en anglais, en français ou en espagnol ; séparez plusieurs pays par ; ou ,</translation>
    </message>
    <message>
        <source>{number} is not a whole number</source>
        <translation>{number} n'est pas un nombre entier</translation>
    </message>
    <message>
        <source>Open it in Excel or LibreOffice and save it as "CSV UTF-8 (comma delimited)" or as an Excel workbook (.xlsx), then import that file.</source>
        <translation>Ouvrez-le dans Excel ou LibreOffice et enregistrez-le en « CSV UTF-8 (délimité par des virgules) » ou comme classeur Excel (.xlsx), puis importez ce fichier.</translation>
    </message>
    <message>
        <source>commas (,)</source>
        <translation>des virgules (,)</translation>
    </message>
    <message>
        <source>semicolons (;)</source>
        <translation>des points-virgules (;)</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>des tabulations</translation>
    </message>
    <message>
        <source>"{name}" is not a text file (it holds binary data), so it is not a CSV file: it may be damaged, or another kind of file renamed. Ask the sender for the data as CSV (UTF-8) or as an Excel workbook (.xlsx).</source>
        <translation>« {name} » n'est pas un fichier texte (il contient des données binaires), ce n'est donc pas un fichier CSV : il est peut-être endommagé, ou c'est un autre type de fichier renommé. Demandez à l'expéditeur les données en CSV (UTF-8) ou en classeur Excel (.xlsx).</translation>
    </message>
    <message>
        <source>"{name}" is neither UTF-8 nor Windows-1252 text (on line {line:,}, the byte {byte} is not a character in either), so its accents would come out wrong. Open it in the program that made it, save it as "CSV UTF-8", and import that file.</source>
        <translation>« {name} » n'est un texte ni UTF-8 ni Windows-1252 (à la ligne {line}, l'octet {byte} n'est un caractère dans aucun des deux), ses accents seraient donc faux. Ouvrez-le dans le programme qui l'a créé, enregistrez-le en « CSV UTF-8 » et importez ce fichier.</translation>
    </message>
    <message>
        <source>"{name}" could not be read ({reason}). Check that it is still there and unchanged, then import it again.</source>
        <translation>« {name} » n'a pas pu être lu ({reason}). Vérifiez qu'il est toujours là et inchangé, puis importez-le à nouveau.</translation>
    </message>
    <message>
        <source>"{name}" is UTF-16 text (what Excel calls "Unicode Text"), which this app does not read as CSV. Open it in Excel or LibreOffice and save it as "CSV UTF-8 (comma delimited)", then import that file.</source>
        <translation>« {name} » est un texte UTF-16 (ce qu'Excel appelle « Texte Unicode »), que cette application ne lit pas comme CSV. Ouvrez-le dans Excel ou LibreOffice et enregistrez-le en « CSV UTF-8 (délimité par des virgules) », puis importez ce fichier.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text; it was read as Windows-1252 (Western European, as Excel saves plain CSV in French or Spanish): check the accents of the imported records, or save it as "CSV UTF-8" and import that instead</source>
        <translation>{name} n'est pas un texte UTF-8 ; il a été lu comme Windows-1252 (Europe occidentale, comme Excel enregistre le CSV simple en français ou en espagnol) : vérifiez les accents des fiches importées, ou enregistrez-le en « CSV UTF-8 » et importez plutôt celui-ci</translation>
    </message>
    <message>
        <source>"{name}" holds no rows (only blank lines). Ask the sender to export the data again.</source>
        <translation>« {name} » ne contient aucune ligne (seulement des lignes vides). Demandez à l'expéditeur d'exporter à nouveau les données.</translation>
    </message>
    <message>
        <source>{name}: its first rows could be split by {best} or by {other}; read as separated by {best} ({columns} columns). If the columns look wrong, save the file with one kind of separator and import it again</source>
        <translation>{name} : ses premières lignes pouvaient être séparées par {best} ou par {other} ; lues comme séparées par {best} ({columns} colonnes). Si les colonnes semblent fausses, enregistrez le fichier avec un seul type de séparateur et importez-le à nouveau</translation>
    </message>
    <message>
        <source>"{name}" has {columns:,} columns, more than the {limit} this app reads. Remove the columns you do not need to import and import the file again.</source>
        <translation>« {name} » a {columns} colonnes, plus que les {limit} que cette application lit. Supprimez les colonnes que vous n'avez pas besoin d'importer et importez le fichier à nouveau.</translation>
    </message>
    <message>
        <source>{rows} and {more} more</source>
        <translation>{rows} et {more} autres</translation>
    </message>
    <message>
        <source>"{name}" has a row longer than {millions} million characters: a quote (") is probably missing, so the rest of the file reads as one value. {save_as}</source>
        <translation>« {name} » a une ligne de plus de {millions} millions de caractères : un guillemet (") manque probablement, et le reste du fichier se lit comme une seule valeur. {save_as}</translation>
    </message>
    <message>
        <source>sheet '{sheet}': row {rows} has more values than the file's {columns} columns (beyond column {letter}): a value holding the separator without quotes around it does that; check that row</source>
        <translation>feuille « {sheet} » : la ligne {rows} a plus de valeurs que les {columns} colonnes du fichier (au-delà de la colonne {letter}) : une valeur contenant le séparateur sans guillemets autour fait cela ; vérifiez cette ligne</translation>
    </message>
    <message>
        <source>sheet '{sheet}': rows {rows} have more values than the file's {columns} columns (beyond column {letter}): a value holding the separator without quotes around it does that; check those rows</source>
        <translation>feuille « {sheet} » : les lignes {rows} ont plus de valeurs que les {columns} colonnes du fichier (au-delà de la colonne {letter}) : une valeur contenant le séparateur sans guillemets autour fait cela ; vérifiez ces lignes</translation>
    </message>
    <message>
        <source>"{name}" cannot be read as CSV at row {row} ({error}): a quote (") is probably missing or misplaced there. {save_as}</source>
        <translation>« {name} » ne peut pas être lu comme CSV à la ligne {row} ({error}) : un guillemet (") y manque probablement ou est mal placé. {save_as}</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>même adresse électronique</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>même numéro de téléphone</translation>
    </message>
    <message>
        <source>same organisation</source>
        <translation>même organisation</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>même nom</translation>
    </message>
    <message>
        <source>same name once accents, case and spacing are set aside</source>
        <translation>même nom, accents, majuscules et espaces mis à part</translation>
    </message>
    <message>
        <source>same name, given and family names in another order</source>
        <translation>même nom, prénom et nom de famille dans un autre ordre</translation>
    </message>
    <message>
        <source>similar names ({percent}%)</source>
        <translation>noms semblables ({percent} %)</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>un document PDF</translation>
    </message>
    <message>
        <source>"{name}" is not an ordinary file (it is a device, a pipe or another special file). Choose the workbook file itself.</source>
        <translation>« {name} » n'est pas un fichier ordinaire (c'est un périphérique, un tube ou un autre fichier spécial). Choisissez le fichier du classeur lui-même.</translation>
    </message>
    <message>
        <source>a picture</source>
        <translation>une image</translation>
    </message>
    <message>
        <source>"{name}" is {what}, not a CSV file (text). Ask the sender for the data as CSV (UTF-8) or as an Excel workbook (.xlsx).</source>
        <translation>« {name} » est {what}, pas un fichier CSV (texte). Demandez à l'expéditeur les données en CSV (UTF-8) ou en classeur Excel (.xlsx).</translation>
    </message>
    <message>
        <source>its table of contents cannot be read: {reason}</source>
        <translation>sa table des matières est illisible : {reason}</translation>
    </message>
    <message>
        <source>a compressed archive (RAR, 7-Zip or gzip)</source>
        <translation>une archive compressée (RAR, 7-Zip ou gzip)</translation>
    </message>
    <message>
        <source>the id {id} appears on {count} rows; keep it on one row only</source>
        <translation>l'identifiant {id} figure sur {count} lignes ; gardez-le sur une seule ligne</translation>
    </message>
    <message>
        <source>the row has merged cells; unmerge them and import again</source>
        <translation>la ligne a des cellules fusionnées ; annulez la fusion et importez à nouveau</translation>
    </message>
    <message>
        <source>'{id}' is not a record id (was the Id cell changed?)</source>
        <translation>« {id} » n'est pas un identifiant de fiche (la cellule Id a-t-elle été modifiée ?)</translation>
    </message>
    <message>
        <source>the Id cell is empty on a row this file exported (its Version cell is still there); the Id was cleared or damaged: restore it, or type a new record on an empty row</source>
        <translation>la cellule Id est vide sur une ligne que ce fichier a exportée (sa cellule Version est toujours là) ; l'Id a été effacé ou abîmé : rétablissez-le, ou tapez une nouvelle fiche sur une ligne vide</translation>
    </message>
    <message>
        <source>the id {id} is not one this file exported on this sheet; was it changed?</source>
        <translation>l'identifiant {id} n'est pas l'un de ceux que ce fichier a exportés sur cette feuille ; a-t-il été modifié ?</translation>
    </message>
    <message>
        <source>the Version cell was changed; restore it, or copy the row's values into a new row</source>
        <translation>la cellule Version a été modifiée ; rétablissez-la, ou copiez les valeurs de la ligne dans une nouvelle ligne</translation>
    </message>
    <message>
        <source>another row of the sheet has the same {key}, which tell the rows apart when the sheet is sent again; make them differ, or {fix}</source>
        <translation>une autre ligne de la feuille a les mêmes valeurs de {key}, qui distinguent les lignes quand la feuille est renvoyée ; rendez-les différentes, ou {fix}</translation>
    </message>
    <message>
        <source>map a column that tells them apart (they differ in no column read, or in none at all)</source>
        <translation>associez une colonne qui les distingue (elles ne diffèrent dans aucune colonne lue, ou dans aucune)</translation>
    </message>
    <message>
        <source>choose key columns with --map: "key": {columns} tells all but {count} of them apart</source>
        <translation>choisissez les colonnes clés avec --map : "key": {columns} les distingue toutes sauf {count}</translation>
    </message>
    <message>
        <source>choose key columns that tell them apart with --map: "key": {columns}</source>
        <translation>choisissez des colonnes clés qui les distinguent avec --map : "key": {columns}</translation>
    </message>
    <message>
        <source>no {type} is called {names} here; {why}; add it first</source>
        <translation>aucune fiche {type} ne s'appelle {names} ici ; {why} ; ajoutez-la d'abord</translation>
    </message>
    <message>
        <source>'{name}' names {count} {types}: {ids}; write the id of the one meant instead of its name</source>
        <translation>« {name} » désigne {count} fiches ({types}) : {ids} ; écrivez l'identifiant de celle qui est voulue au lieu de son nom</translation>
    </message>
    <message>
        <source>no {type} is called {names} here; {why}; add them first</source>
        <translation>aucune fiche {type} ne s'appelle {names} ici ; {why} ; ajoutez-les d'abord</translation>
    </message>
    <message>
        <source>'{name}' is a party here, not an organisation: map the column to Lead party (lead_party) if it names who leads, or leave the party out of the cell</source>
        <translation>« {name} » est ici une partie, pas une organisation : associez la colonne à Partie chef de file (lead_party) si elle nomme qui dirige, ou retirez la partie de la cellule</translation>
    </message>
    <message>
        <source>no {type} is called {names} here; add it first (here or in a sheet of the same workbook), or import with create_missing</source>
        <translation>aucune fiche {type} ne s'appelle {names} ici ; ajoutez-la d'abord (ici ou dans une feuille du même classeur), ou importez avec create_missing</translation>
    </message>
    <message>
        <source>no {type} is called {names} here; add them first (here or in a sheet of the same workbook), or import with create_missing</source>
        <translation>aucune fiche {type} ne s'appelle {names} ici ; ajoutez-les d'abord (ici ou dans une feuille du même classeur), ou importez avec create_missing</translation>
    </message>
    <message>
        <source>{sheet} {rows}: found as the records a copy of the sheet keyed on {narrow} made (the key now, {key}, gives other ids); compared with them, not imported again</source>
        <translation>{sheet}, {rows} : retrouvées comme les fiches qu'une copie de la feuille avec la clé {narrow} a créées (la clé actuelle, {key}, donne d'autres identifiants) ; comparées avec elles, non importées à nouveau</translation>
    </message>
    <message>
        <source>{sheet} {rows}: they share the {narrow} of a record a copy of the sheet keyed on that made, and none of them, or more than one, has its other key values ({key}): imported as new records; the earlier record stays as it was (delete it if a row replaces it)</source>
        <translation>{sheet}, {rows} : elles partagent {narrow} d'une fiche qu'une copie de la feuille avec cette clé a créée, et aucune d'elles, ou plus d'une, n'a ses autres valeurs clés ({key}) : importées comme nouvelles fiches ; la fiche antérieure reste telle quelle (supprimez-la si une ligne la remplace)</translation>
    </message>
    <message>
        <source>"{name}": its sheet number {sheet} has values beyond row {limit:,}, more than any spreadsheet program keeps; the file was probably made to overload the computer. Ask the sender where it comes from and for a fresh copy.</source>
        <translation>« {name} » : sa feuille numéro {sheet} a des valeurs au-delà de la ligne {limit}, plus qu'aucun tableur n'en garde ; le fichier a probablement été fait pour surcharger l'ordinateur. Demandez à l'expéditeur d'où il vient et une nouvelle copie.</translation>
    </message>
    <message>
        <source>it has no content.xml, the part that holds the sheets</source>
        <translation>il n'a pas de content.xml, la partie qui contient les feuilles</translation>
    </message>
    <message>
        <source>its sheets' XML (content.xml) cannot be read: {error}</source>
        <translation>le XML de ses feuilles (content.xml) ne peut pas être lu : {error}</translation>
    </message>
    <message>
        <source>content.xml cannot be unpacked: {error}</source>
        <translation>content.xml ne peut pas être décompressé : {error}</translation>
    </message>
    <message>
        <source>sheet '{sheet}': values beyond column {letter} were not read (at most {columns} columns are)</source>
        <translation>feuille « {sheet} » : les valeurs au-delà de la colonne {letter} n'ont pas été lues (au plus {columns} colonnes le sont)</translation>
    </message>
    <message>
        <source>two sheets are named '{sheet}'</source>
        <translation>deux feuilles s'appellent « {sheet} »</translation>
    </message>
    <message>
        <source>"{name}": the sheet '{sheet}' has more than {limit:,} merged cells. Unmerge them (select all, then Format ▸ Merge and Unmerge Cells ▸ Unmerge Cells), save, and import the file again.</source>
        <translation>« {name} » : la feuille « {sheet} » a plus de {limit} cellules fusionnées. Annulez la fusion (tout sélectionner, puis Format ▸ Fusionner et scinder les cellules ▸ Scinder les cellules), enregistrez et importez le fichier à nouveau.</translation>
    </message>
    <message>
        <source>{sheet} {rows}: the same {key} as an earlier row, and the same in every column read (one record on several rows, e.g. a month or an indicator each): read once</source>
        <translation>{sheet} {rows} : mêmes valeurs de {key} qu'une ligne précédente, et identiques dans chaque colonne lue (une fiche sur plusieurs lignes, par exemple un mois ou un indicateur chacune) : lues une fois</translation>
    </message>
    <message>
        <source>the file is marked strictly confidential (MOU 3.6)</source>
        <translation>le fichier est marqué strictement confidentiel (MOU 3.6)</translation>
    </message>
    <message>
        <source>1 version in {file} reuse an id this database already holds with different content and were not taken ({shown}); the copy held here is kept. The file may have been edited by hand or forged: ask the sender to export again, and tell whoever supports mouliaison if it happens again</source>
        <translation>1 version dans {file} réutilise un identifiant que cette base contient déjà avec un autre contenu et n'a pas été reprise ({shown}) ; la copie détenue ici est gardée. Le fichier a peut-être été modifié à la main ou falsifié : demandez à l'expéditeur d'exporter de nouveau, et prévenez le support de mouliaison si cela se reproduit</translation>
    </message>
    <message>
        <source>1 version in {file} carry values of the wrong kind and were not taken ({shown}); ask the sender to export again</source>
        <translation>1 version dans {file} porte des valeurs du mauvais type et n'a pas été reprise ({shown}) ; demandez à l'expéditeur d'exporter de nouveau</translation>
    </message>
    <message>
        <source>1 version in {file} claim to be shipped with mouliaison but are not what this release ships, and were not taken ({shown}); ask the sender to export again</source>
        <translation>1 version dans {file} prétend être livrée avec mouliaison mais n'est pas ce que cette version livre, et n'a pas été reprise ({shown}) ; demandez à l'expéditeur d'exporter de nouveau</translation>
    </message>
    <message>
        <source>map one with --map</source>
        <translation>associez-en une avec --map</translation>
    </message>
    <message>
        <source>no column identifies a row (no {field} column): rows sent again would be new records; {hint}</source>
        <translation>aucune colonne n'identifie une ligne (pas de colonne {field}) : des lignes renvoyées deviendraient de nouvelles fiches ; {hint}</translation>
    </message>
    <message>
        <source>1 version in {file} claim office {who}, which signs its files, but the file is not signed: not taken</source>
        <translation>1 version dans {file} se réclame du bureau {who}, qui signe ses fichiers, mais le fichier n'est pas signé : non reprise</translation>
    </message>
    <message>
        <source>1 version from office {office} in {file} carry a time {far} ahead of this office's clock (device time), more than the day two clocks may differ: held, not taken. Import {file} again once the clocks agree; if that office's clock is wrong, ask it to set it right and export again</source>
        <translation>1 version du bureau {office} dans {file} porte une heure en avance de {far} sur l'horloge de ce bureau (heure de l'appareil), plus que le jour d'écart permis entre deux horloges : retenue, non reprise. Importez {file} de nouveau quand les horloges concorderont ; si l'horloge de ce bureau est fausse, demandez-lui de la régler et d'exporter de nouveau</translation>
    </message>
    <message>
        <source>no {field} column: every row will be '{value}'; add a {field} column or {hint}</source>
        <translation>pas de colonne {field} : chaque ligne aura « {value} » ; ajoutez une colonne {field} ou {hint}</translation>
    </message>
    <message>
        <source>{count} versions in {file} reuse an id this database already holds with different content and were not taken ({shown}); the copy held here is kept. The file may have been edited by hand or forged: ask the sender to export again, and tell whoever supports mouliaison if it happens again</source>
        <translation>{count} versions dans {file} réutilisent un identifiant que cette base contient déjà avec un autre contenu et n'ont pas été reprises ({shown}) ; la copie détenue ici est gardée. Le fichier a peut-être été modifié à la main ou falsifié : demandez à l'expéditeur d'exporter de nouveau, et prévenez le support de mouliaison si cela se reproduit</translation>
    </message>
    <message>
        <source>nothing could be read from it ({why}). {fix}</source>
        <translation>rien n'a pu en être lu ({why}). {fix}</translation>
    </message>
    <message>
        <source>office {who}'s clock seems {days} days fast (device time); its changes are kept, flagged, and do not move this office's clock past tomorrow</source>
        <translation>l'horloge du bureau {who} semble avancer de {days} jours (heure de l'appareil) ; ses modifications sont gardées, signalées, et n'avancent pas l'horloge de ce bureau au-delà de demain</translation>
    </message>
    <message>
        <source>{count} versions of '{entity}' records, a type this release does not know, are kept and will travel on</source>
        <translation>{count} versions de fiches « {entity} », un type que cette version ne connaît pas, sont gardées et continueront de circuler</translation>
    </message>
    <message>
        <source>{type} {id}, version {version}</source>
        <translation>{type} {id}, version {version}</translation>
    </message>
    <message>
        <source>{type} '{name}' ({id}) may be the same as {others}</source>
        <translation>{type} « {name} » ({id}) est peut-être le même que {others}</translation>
    </message>
    <message>
        <source>sheet '{name}': {note}</source>
        <translation>feuille « {name} » : {note}</translation>
    </message>
    <message>
        <source>holds values that are not record ids (e.g. '{value}')</source>
        <translation>contient des valeurs qui ne sont pas des identifiants de fiche (p. ex. « {value} »)</translation>
    </message>
    <message>
        <source>{name} has a '_meta' sheet that mouliaison did not write; remove that sheet to import the file as a plain workbook.</source>
        <translation>{name} a une feuille « _meta » que mouliaison n'a pas écrite ; supprimez cette feuille pour importer le fichier comme un classeur ordinaire.</translation>
    </message>
    <message>
        <source>{name} was written in workbook format {version} by a newer mouliaison; this one reads format {major}.x. Install the newer release to import it.</source>
        <translation>{name} a été écrit au format de classeur {version} par un mouliaison plus récent ; celui-ci lit le format {major}.x. Installez la version plus récente pour l'importer.</translation>
    </message>
    <message>
        <source>the hidden sheets of {name} were changed after it was exported (their content hash does not match), so its history cannot be trusted. Ask the sender to export it again.</source>
        <translation>les feuilles masquées de {name} ont été modifiées après son exportation (leur empreinte ne correspond pas), on ne peut donc pas se fier à son historique. Demandez à l'expéditeur de l'exporter de nouveau.</translation>
    </message>
    <message>
        <source>{type} {id}, {field}: {problem}</source>
        <translation>{type} {id}, {field} : {problem}</translation>
    </message>
    <message>
        <source>{count} versions in {file} carry values of the wrong kind and were not taken ({shown}); ask the sender to export again</source>
        <translation>{count} versions dans {file} portent des valeurs du mauvais type et n'ont pas été reprises ({shown}) ; demandez à l'expéditeur d'exporter de nouveau</translation>
    </message>
    <message>
        <source>{count} versions in {file} claim to be shipped with mouliaison but are not what this release ships, and were not taken ({shown}); ask the sender to export again</source>
        <translation>{count} versions dans {file} prétendent être livrées avec mouliaison mais ne sont pas ce que cette version livre, et n'ont pas été reprises ({shown}) ; demandez à l'expéditeur d'exporter de nouveau</translation>
    </message>
    <message>
        <source>{name} has metadata that mouliaison did not write ({rows} missing or changed), so its history cannot be trusted. Ask the sender to export it again.</source>
        <translation>{name} a des métadonnées que mouliaison n'a pas écrites ({rows} manquant ou modifié), on ne peut donc pas se fier à son historique. Demandez à l'expéditeur de l'exporter de nouveau.</translation>
    </message>
    <message>
        <source>{name} has metadata that mouliaison did not write ({row} changed), so its cells cannot be compared with what was exported. Ask the sender to export it again.</source>
        <translation>{name} a des métadonnées que mouliaison n'a pas écrites ({row} modifié), on ne peut donc pas comparer ses cellules à ce qui a été exporté. Demandez à l'expéditeur de l'exporter de nouveau.</translation>
    </message>
    <message>
        <source>column {letter} '{header}' {reason}; left out</source>
        <translation>la colonne {letter} « {header} » {reason} ; laissée de côté</translation>
    </message>
    <message>
        <source>{name} is damaged inside ({error}). Ask the sender for a new copy, or open it in Excel or LibreOffice, save it again, and import that file.</source>
        <translation>{name} est endommagé à l'intérieur ({error}). Demandez à l'expéditeur une nouvelle copie, ou ouvrez-le dans Excel ou LibreOffice, enregistrez-le de nouveau et importez ce fichier.</translation>
    </message>
    <message>
        <source>sheet '{name}' is hidden and was not read; unhide it to import its rows</source>
        <translation>la feuille « {name} » est masquée et n'a pas été lue ; affichez-la pour importer ses lignes</translation>
    </message>
    <message>
        <source>{name} holds a damaged version row; ask the sender to export again.</source>
        <translation>{name} contient une ligne de version endommagée ; demandez à l'expéditeur d'exporter de nouveau.</translation>
    </message>
    <message>
        <source>{name} holds a damaged base row; ask the sender to export again.</source>
        <translation>{name} contient une ligne de base endommagée ; demandez à l'expéditeur d'exporter de nouveau.</translation>
    </message>
    <message>
        <source>{name} holds a base row that its versions do not explain; ask the sender to export again.</source>
        <translation>{name} contient une ligne de base que ses versions n'expliquent pas ; demandez à l'expéditeur d'exporter de nouveau.</translation>
    </message>
    <message>
        <source>sheet '{name}': its columns fit several record types ({kinds}); name the sheet after one of them, e.g. '{example}'; not read</source>
        <translation>feuille « {name} » : ses colonnes conviennent à plusieurs types de fiches ({kinds}) ; nommez la feuille d'après l'un d'eux, p. ex. « {example} » ; non lue</translation>
    </message>
    <message>
        <source>sheet '{name}': column {letter} ('{header}') is not a field of {types}; left out</source>
        <translation>feuille « {name} » : la colonne {letter} (« {header} ») n'est pas un champ ({types}) ; laissée de côté</translation>
    </message>
    <message>
        <source>sheet '{name}': column '{header}' appears twice; the second is left out</source>
        <translation>feuille « {name} » : la colonne « {header} » apparaît deux fois ; la seconde est laissée de côté</translation>
    </message>
    <message>
        <source>hidden {rows} left out (to import hidden rows and columns, set "include_hidden": true in the mapping)</source>
        <translation>{rows} masquée(s) laissée(s) de côté (pour importer les lignes et colonnes masquées, mettez "include_hidden": true dans la correspondance)</translation>
    </message>
    <message>
        <source>sheet '{name}' looks like ours but the file has no metadata; not read</source>
        <translation>la feuille « {name} » ressemble aux nôtres mais le fichier n'a pas de métadonnées ; non lue</translation>
    </message>
    <message>
        <source>the mapping names sheets {names}, which the file does not have</source>
        <translation>la correspondance nomme les feuilles {names}, que le fichier n'a pas</translation>
    </message>
    <message>
        <source>the mapping names sheet {names}, which the file does not have</source>
        <translation>la correspondance nomme la feuille {names}, que le fichier n'a pas</translation>
    </message>
    <message>
        <source>sheet '{name}': its columns do not match one record type; not read</source>
        <translation>feuille « {name} » : ses colonnes ne correspondent à aucun type de fiche ; non lue</translation>
    </message>
    <message>
        <source>a formula without a computed value; type the value itself, or open and save the file in Excel or LibreOffice</source>
        <translation>une formule sans valeur calculée ; saisissez la valeur elle-même, ou ouvrez et enregistrez le fichier dans Excel ou LibreOffice</translation>
    </message>
    <message>
        <source>an error cell ({text})</source>
        <translation>une cellule en erreur ({text})</translation>
    </message>
    <message>
        <source>{rows} is a total; left out</source>
        <translation>la {rows} est un total ; laissée de côté</translation>
    </message>
    <message>
        <source>{rows} are totals; left out</source>
        <translation>les {rows} sont des totaux ; laissées de côté</translation>
    </message>
    <message>
        <source>{rows} only names a section (a month, a region); left out</source>
        <translation>la {rows} ne nomme qu'une section (un mois, une région) ; laissée de côté</translation>
    </message>
    <message>
        <source>{rows} only name a section (a month, a region); left out</source>
        <translation>les {rows} ne nomment qu'une section (un mois, une région) ; laissées de côté</translation>
    </message>
    <message>
        <source>1 formula cell (column {columns}) imported as the value the spreadsheet last computed</source>
        <translation>1 cellule à formule (colonne {columns}) importée avec la valeur que le tableur a calculée en dernier</translation>
    </message>
    <message>
        <source>column {letters} holds values but no header; left out (give the column a header to import it)</source>
        <translation>la colonne {letters} contient des valeurs mais pas d'en-tête ; laissée de côté (donnez un en-tête à la colonne pour l'importer)</translation>
    </message>
    <message>
        <source>columns {letters} hold values but no header; left out (give the column a header to import it)</source>
        <translation>les colonnes {letters} contiennent des valeurs mais pas d'en-tête ; laissées de côté (donnez un en-tête à la colonne pour l'importer)</translation>
    </message>
    <message>
        <source>{count} formula cells (column {columns}) imported as the value the spreadsheet last computed</source>
        <translation>{count} cellules à formule (colonne {columns}) importées avec la valeur que le tableur a calculée en dernier</translation>
    </message>
    <message>
        <source>{count} formula cells (columns {columns}) imported as the value the spreadsheet last computed</source>
        <translation>{count} cellules à formule (colonnes {columns}) importées avec la valeur que le tableur a calculée en dernier</translation>
    </message>
    <message>
        <source>a formula; type the value itself</source>
        <translation>une formule ; tapez la valeur elle-même</translation>
    </message>
    <message>
        <source>Do not open it in another program either; ask the sender where it comes from and for a fresh copy saved from Excel.</source>
        <translation>Ne l'ouvrez pas non plus dans un autre programme ; demandez à l'expéditeur d'où il vient et une nouvelle copie enregistrée depuis Excel.</translation>
    </message>
    <message>
        <source>says it holds</source>
        <translation>déclare contenir</translation>
    </message>
    <message>
        <source>holds more than</source>
        <translation>contient plus de</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} octets</translation>
    </message>
    <message>
        <source>"{name}" was not found (looked for {path}). Check the name and the folder, then choose the file again.</source>
        <translation>« {name} » est introuvable (cherché : {path}). Vérifiez le nom et le dossier, puis choisissez à nouveau le fichier.</translation>
    </message>
    <message>
        <source>"{name}" is a folder, not a workbook file. Open the folder and choose the .xlsx workbook inside it.</source>
        <translation>« {name} » est un dossier, pas un fichier de classeur. Ouvrez le dossier et choisissez le classeur .xlsx qu'il contient.</translation>
    </message>
    <message>
        <source>"{name}" could not be read ({reason}). Check that you are allowed to open it and that its drive is still connected, or copy it to this computer and try again.</source>
        <translation>« {name} » n'a pas pu être lu ({reason}). Vérifiez que vous avez le droit de l'ouvrir et que son disque est toujours connecté, ou copiez-le sur cet ordinateur et réessayez.</translation>
    </message>
    <message>
        <source>"{name}" is incomplete: the file was cut off, probably while it was being copied, downloaded or saved. Ask the sender to send it again (or copy it again from the USB drive).</source>
        <translation>« {name} » est incomplet : le fichier a été tronqué, probablement pendant sa copie, son téléchargement ou son enregistrement. Demandez à l'expéditeur de l'envoyer à nouveau (ou copiez-le à nouveau depuis la clé USB).</translation>
    </message>
    <message>
        <source>"{name}" is damaged ({detail}). Ask the sender to send it again; if the new copy is damaged too, ask them to open it in Excel and save it under a new name.</source>
        <translation>« {name} » est endommagé ({detail}). Demandez à l'expéditeur de l'envoyer à nouveau ; si la nouvelle copie est endommagée aussi, demandez-lui de l'ouvrir dans Excel et de l'enregistrer sous un nouveau nom.</translation>
    </message>
    <message>
        <source>{amount} GB</source>
        <translation>{amount} Go</translation>
    </message>
    <message>
        <source>{amount} MB</source>
        <translation>{amount} Mo</translation>
    </message>
    <message>
        <source>{amount} KB</source>
        <translation>{amount} Ko</translation>
    </message>
    <message>
        <source>a table of contents of {size}, enough for far more parts than a workbook has</source>
        <translation>une table des matières de {size}, assez pour bien plus de parties qu'un classeur n'en a</translation>
    </message>
    <message>
        <source>a table of contents that lists {count:,} parts</source>
        <translation>une table des matières qui énumère {count} parties</translation>
    </message>
    <message>
        <source>"{name}" is a zip with {what} (at most {limit:,} parts are accepted). It is probably a "zip bomb", a file made to overload the computer. {danger}</source>
        <translation>« {name} » est un zip avec {what} ({limit} parties au plus sont acceptées). C'est probablement une « bombe zip », un fichier fait pour surcharger l'ordinateur. {danger}</translation>
    </message>
    <message>
        <source>"{name}" is a macro-enabled workbook (it contains macros), which this app does not accept. Open it in Excel, save it as "Excel Workbook (.xlsx)" without macros, and import the new file.</source>
        <translation>« {name} » est un classeur prenant en charge les macros (il contient des macros), que cette application n'accepte pas. Ouvrez-le dans Excel, enregistrez-le comme « Classeur Excel (.xlsx) » sans macros, et importez le nouveau fichier.</translation>
    </message>
    <message>
        <source>"{name}" {how} {size} once unpacked, more than the {limit} this app accepts. It may be a "zip bomb", a file made to overload the computer. {danger} If it is a genuine workbook, ask for it in smaller parts.</source>
        <translation>« {name} » {how} {size} une fois décompressé, plus que les {limit} que cette application accepte. C'est peut-être une « bombe zip », un fichier fait pour surcharger l'ordinateur. {danger} S'il s'agit d'un vrai classeur, demandez-le en parties plus petites.</translation>
    </message>
    <message>
        <source>"{name}" contains a part ("{part}") packed {ratio:,} times smaller than its content, far beyond real workbooks (at most {limit:,}). It is probably a "zip bomb", a file made to overload the computer. {danger}</source>
        <translation>« {name} » contient une partie (« {part} ») compressée {ratio} fois plus petite que son contenu, bien au-delà des vrais classeurs ({limit} au plus). C'est probablement une « bombe zip », un fichier fait pour surcharger l'ordinateur. {danger}</translation>
    </message>
    <message>
        <source>{labels} and {last}</source>
        <translation>{labels} et {last}</translation>
    </message>
    <message>
        <source>rows are known again by their Id column (record ids)</source>
        <translation>les lignes sont reconnues par leur colonne Id (identifiants de fiche)</translation>
    </message>
    <message>
        <source>rows are known again by {names}</source>
        <translation>les lignes sont reconnues par {names}</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} jours</translation>
    </message>
    <message>
        <source>site {id}</source>
        <translation>site {id}</translation>
    </message>
    <message>
        <source>office {office} signs with key {key}, new here. Check this fingerprint with the office (by phone, not by the same email), then import again with --trust-new-keys, or trust it with: mouliaison keys trust {prefix} (in the window: the box above, or Tools ▸ Office keys)</source>
        <translation>le bureau {office} signe avec la clé {key}, nouvelle ici. Vérifiez cette empreinte avec le bureau (par téléphone, pas par le même courriel), puis importez à nouveau avec --trust-new-keys, ou faites-lui confiance avec : mouliaison keys trust {prefix} (dans la fenêtre : la case ci-dessus, ou Outils ▸ Clés des bureaux)</translation>
    </message>
    <message>
        <source>{file} is signed with key {key} of office {office}, which was revoked, and it brings versions past the {length} of that office's history signed before the revocation, whatever time it claims. Nothing in it was taken; ask the office to export again with its new key.</source>
        <translation>{file} est signé avec la clé {key} du bureau {office}, qui a été révoquée, et il apporte des versions au-delà des {length} de l'historique de ce bureau signées avant la révocation, quelle que soit l'heure qu'il indique. Rien n'en a été repris ; demandez au bureau d'exporter à nouveau avec sa nouvelle clé.</translation>
    </message>
    <message>
        <source>more than ten years</source>
        <translation>plus de dix ans</translation>
    </message>
    <message>
        <source>the signature of {file} does not match its content: the file was changed after office {office} signed it (key {key}). Nothing in it was taken; ask the office to export again.</source>
        <translation>la signature de {file} ne correspond pas à son contenu : le fichier a été modifié après que le bureau {office} l'a signé (clé {key}). Rien n'en a été repris ; demandez au bureau d'exporter à nouveau.</translation>
    </message>
    <message>
        <source>{file} says it comes from office {office}, but it is signed with the key of office {other} ({key}). Nothing in it was taken.</source>
        <translation>{file} dit venir du bureau {office}, mais il est signé avec la clé du bureau {other} ({key}). Rien n'en a été repris.</translation>
    </message>
    <message>
        <source>{file} was signed by office {office} with key {key} after that key was revoked. Nothing in it was taken; ask the office to export again with its new key.</source>
        <translation>{file} a été signé par le bureau {office} avec la clé {key} après la révocation de cette clé. Rien n'en a été repris ; demandez au bureau d'exporter à nouveau avec sa nouvelle clé.</translation>
    </message>
    <message>
        <source>signed by office {office}, key {key}</source>
        <translation>signé par le bureau {office}, clé {key}</translation>
    </message>
    <message>
        <source>{file} says it comes from office {office}, whose key here is {known}, but it is signed with another key ({key}): a key from another database, or a new key the office did not announce. Nothing in it was taken. If the office really changed keys, trust the new one (Tools ▸ Office keys, or mouliaison keys trust {prefix})</source>
        <translation>{file} dit venir du bureau {office}, dont la clé ici est {known}, mais il est signé avec une autre clé ({key}) : une clé d'une autre base, ou une nouvelle clé que le bureau n'a pas annoncée. Rien n'en a été repris. Si le bureau a vraiment changé de clé, faites confiance à la nouvelle (Outils ▸ Clés des bureaux, ou mouliaison keys trust {prefix})</translation>
    </message>
    <message>
        <source>office {office}'s key {key} was new here and is now trusted (trust on first use): check this fingerprint with the office</source>
        <translation>la clé {key} du bureau {office} était nouvelle ici et elle est désormais de confiance (confiance à la première utilisation) : vérifiez cette empreinte avec le bureau</translation>
    </message>
    <message>
        <source>{count} versions in {file} claim office {who}, which signs its files, but the file is not signed: not taken</source>
        <translation>{count} versions dans {file} se réclament du bureau {who}, qui signe ses fichiers, mais le fichier n'est pas signé : non reprises</translation>
    </message>
    <message>
        <source>{count} versions from office {office} in {file} carry a time {far} ahead of this office's clock (device time), more than the day two clocks may differ: held, not taken. Import {file} again once the clocks agree; if that office's clock is wrong, ask it to set it right and export again</source>
        <translation>{count} versions du bureau {office} dans {file} portent une heure en avance de {far} sur l'horloge de ce bureau (heure de l'appareil), plus que le jour d'écart permis entre deux horloges : retenues, non reprises. Importez {file} de nouveau quand les horloges concorderont ; si l'horloge de ce bureau est fausse, demandez-lui de la régler et d'exporter de nouveau</translation>
    </message>
    <message>
        <source>office {who}'s history is shorter ({length} versions) than in a file it signed before ({before}): versions were removed from its history (truncated or rewritten)</source>
        <translation>l'historique du bureau {who} est plus court ({length} versions) que dans un fichier qu'il a signé auparavant ({before}) : des versions ont été retirées de son historique (tronqué ou réécrit)</translation>
    </message>
    <message>
        <source>office {who}'s versions held here differ from the history it signed ({length} versions): one was altered or replaced on its way here</source>
        <translation>les versions du bureau {who} détenues ici diffèrent de l'historique qu'il a signé ({length} versions) : l'une a été altérée ou remplacée en route</translation>
    </message>
    <message>
        <source>{who} moved to a new key {key}</source>
        <translation>{who} est passé à une nouvelle clé {key}</translation>
    </message>
    <message>
        <source>key {key} of {who} was revoked</source>
        <translation>la clé {key} de {who} a été révoquée</translation>
    </message>
    <message>
        <source>{count} keys approved by {who}</source>
        <translation>{count} clés approuvées par {who}</translation>
    </message>
    <message>
        <source>{file} is not signed, but office {office} signs its files (key {key}): its signature was removed, or another made it in that office's name. Nothing in it was taken; ask the office to export again.</source>
        <translation>{file} n'est pas signé, mais le bureau {office} signe ses fichiers (clé {key}) : sa signature a été retirée, ou quelqu'un d'autre l'a fait au nom de ce bureau. Rien n'en a été repris ; demandez au bureau d'exporter à nouveau.</translation>
    </message>
    <message>
        <source>{file} is not signed (written by a release before signing): who wrote it cannot be proved</source>
        <translation>{file} n'est pas signé (écrit par une version d'avant la signature) : son auteur ne peut pas être prouvé</translation>
    </message>
    <message>
        <source>office {who}'s history held here no longer matches the head it signed before: a version was changed or replaced</source>
        <translation>l'historique du bureau {who} détenu ici ne correspond plus à la tête qu'il a signée auparavant : une version a été modifiée ou remplacée</translation>
    </message>
    <message>
        <source>office {who} signed a history of {length} versions; {held} are held here: {missing} missing (a file of theirs not imported yet, or versions left out on the way)</source>
        <translation>le bureau {who} a signé un historique de {length} versions ; {held} sont détenues ici : {missing} manquent (un de ses fichiers pas encore importé, ou des versions laissées de côté en route)</translation>
    </message>
    <message>
        <source>headquarters</source>
        <translation>le siège</translation>
    </message>
    <message>
        <source>1 key approved by {who}</source>
        <translation>1 clé approuvée par {who}</translation>
    </message>
    <message>
        <source>{file}, signed by office {relayer} (key {key}), relays versions in office {office}'s name ({count}) that do not match the history {office} signed ({length} versions): changed, added or left out after {office} signed them, by {relayer} or on the way to it. Not taken; ask {office} for its own export.</source>
        <translation>{file}, signé par le bureau {relayer} (clé {key}), relaie des versions au nom du bureau {office} ({count}) qui ne correspondent pas à l'historique signé par {office} ({length} versions) : modifiées, ajoutées ou omises après que {office} les a signées, par {relayer} ou en chemin vers lui. Non reprises ; demandez à {office} sa propre exportation.</translation>
    </message>
    <message>
        <source>versions of office {office} relayed by office {relayer} ({count}): they match the history {office} signed</source>
        <translation>versions du bureau {office} relayées par le bureau {relayer} ({count}) : elles correspondent à l'historique signé par {office}</translation>
    </message>
    <message>
        <source>versions of office {office} relayed by office {relayer} ({count}): vouched for by {relayer}'s key {key}, not by {office}'s own (its signed history does not reach them here yet)</source>
        <translation>versions du bureau {office} relayées par le bureau {relayer} ({count}) : garanties par la clé {key} de {relayer}, non par celle de {office} (son historique signé ne les atteint pas encore ici)</translation>
    </message>
    <message>
        <source>a hidden column</source>
        <translation>une colonne masquée</translation>
    </message>
    <message>
        <source>form metadata of a KoboToolbox/ODK export</source>
        <translation>métadonnées de formulaire d'un export KoboToolbox/ODK</translation>
    </message>
    <message>
        <source>left out by the mapping</source>
        <translation>laissée de côté par la correspondance</translation>
    </message>
    <message>
        <source>choose with `mouliaison import FILE --map MAPPING.json` (print one with --show-mapping)</source>
        <translation>choisissez à l'étape Correspondance de l'importation, ou avec `mouliaison import FICHIER --map CORRESPONDANCE.json`</translation>
    </message>
    <message>
        <source>columns {columns}</source>
        <translation>colonnes {columns}</translation>
    </message>
    <message>
        <source>its columns do not match one record type; name the sheet after the records it holds, e.g. 'Joint activities', or {hint}; not read</source>
        <translation>ses colonnes ne correspondent à aucun type de fiche ; nommez la feuille d'après les fiches qu'elle contient, p. ex. « Joint activities », ou {hint} ; non lue</translation>
    </message>
    <message>
        <source>column {columns}</source>
        <translation>colonne {columns}</translation>
    </message>
    <message>
        <source>{shown} and {count} more</source>
        <translation>{shown} et {count} de plus</translation>
    </message>
    <message>
        <source>its columns fit several record types ({kinds}); name the sheet after one of them, e.g. '{example}', or {hint}; not read</source>
        <translation>ses colonnes conviennent à plusieurs types de fiches ({kinds}) ; nommez la feuille d'après l'un d'eux, p. ex. « {example} », ou {hint} ; non lue</translation>
    </message>
    <message>
        <source>its columns do not match one record type (closest: {closest}); name the sheet after the records it holds, e.g. 'Joint activities', or {hint}; not read</source>
        <translation>ses colonnes ne correspondent à aucun type de fiche (le plus proche : {closest}) ; nommez la feuille d'après les fiches qu'elle contient, p. ex. « Joint activities », ou {hint} ; non lue</translation>
    </message>
    <message>
        <source>the header is row {header}; {above} above it (a title) not imported</source>
        <translation>l'en-tête est la ligne {header} ; au-dessus, {above} (un titre) non importée</translation>
    </message>
    <message>
        <source>row {row} holds HXL hashtags: used to match the columns, not imported</source>
        <translation>la ligne {row} contient des hashtags HXL : utilisés pour reconnaître les colonnes, non importés</translation>
    </message>
    <message>
        <source>the sheet's record type is not known</source>
        <translation>le type de fiche de la feuille n'est pas connu</translation>
    </message>
    <message>
        <source>read as {types} it has no column for {needs}, which every one needs; not read. Add the column, or {hint}</source>
        <translation>lue comme {types}, elle n'a pas de colonne pour {needs}, que chacune exige ; non lue. Ajoutez la colonne, ou {hint}</translation>
    </message>
    <message>
        <source>read as {types} it has no column for {needs}, which every one needs; not read. Add the columns, or {hint}</source>
        <translation>lue comme {types}, elle n'a pas de colonnes pour {needs}, que chacune exige ; non lue. Ajoutez les colonnes, ou {hint}</translation>
    </message>
    <message>
        <source>rows are known again by {keys} (chosen)</source>
        <translation>les lignes sont reconnues par {keys} (choisi)</translation>
    </message>
    <message>
        <source>the mapping names column {names}, which the sheet does not have (in row {row}); ignored</source>
        <translation>la correspondance nomme la colonne {names}, que la feuille n'a pas (en ligne {row}) ; ignorée</translation>
    </message>
    <message>
        <source>the mapping names columns {names}, which the sheet does not have (in row {row}); ignored</source>
        <translation>la correspondance nomme les colonnes {names}, que la feuille n'a pas (en ligne {row}) ; ignorées</translation>
    </message>
    <message>
        <source>matches no field of {types}</source>
        <translation>ne correspond à aucun champ ({types})</translation>
    </message>
    <message>
        <source>the sheet is empty</source>
        <translation>la feuille est vide</translation>
    </message>
    <message>
        <source>left out by the mapping ("type": null)</source>
        <translation>laissée de côté par la correspondance ("type": null)</translation>
    </message>
    <message>
        <source>the same field as column {letter} '{header}' ({label})</source>
        <translation>le même champ que la colonne {letter} « {header} » ({label})</translation>
    </message>
    <message>
        <source>column {columns} is hidden; left out (to import hidden columns and rows, set "include_hidden": true in the mapping)</source>
        <translation>la colonne {columns} est masquée ; laissée de côté (pour importer les colonnes et lignes masquées, mettez "include_hidden": true dans la correspondance)</translation>
    </message>
    <message>
        <source>columns {columns} are hidden; left out (to import hidden columns and rows, set "include_hidden": true in the mapping)</source>
        <translation>les colonnes {columns} sont masquées ; laissées de côté (pour importer les colonnes et lignes masquées, mettez "include_hidden": true dans la correspondance)</translation>
    </message>
    <message>
        <source>{columns}: {reason}; left out</source>
        <translation>{columns} : {reason} ; laissée(s) de côté</translation>
    </message>
    <message>
        <source>{column} would fill {reason}; left out</source>
        <translation>la {column} remplirait {reason} ; laissée de côté</translation>
    </message>
    <message>
        <source>column {columns} matches no field of {types}; left out</source>
        <translation>la colonne {columns} ne correspond à aucun champ ({types}) ; laissée de côté</translation>
    </message>
    <message>
        <source>columns {columns} match no field of {types}; left out</source>
        <translation>les colonnes {columns} ne correspondent à aucun champ ({types}) ; laissées de côté</translation>
    </message>
    <message>
        <source>{columns}: {reason}</source>
        <translation>{columns} : {reason}</translation>
    </message>
    <message>
        <source>{name} could not be read as a workbook ({error}). Open it in Excel or LibreOffice, save it as .xlsx, and import it again.</source>
        <translation>{name} n'a pas pu être lu comme classeur ({error}). Ouvrez-le dans Excel ou LibreOffice, enregistrez-le en .xlsx et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>the sheet '{sheet}' could not be read ({error}). Open the file in Excel or LibreOffice, save it as .xlsx, and import it again.</source>
        <translation>la feuille « {sheet} » n'a pas pu être lue ({error}). Ouvrez le fichier dans Excel ou LibreOffice, enregistrez-le en .xlsx et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>{name} has metadata that mouliaison did not write ({rows} missing or changed), so who signed it cannot be known. Ask the sender to export it again.</source>
        <translation>{name} a des métadonnées que mouliaison n'a pas écrites ({rows} manquant ou modifié), on ne peut donc pas savoir qui l'a signé. Demandez à l'expéditeur de l'exporter de nouveau.</translation>
    </message>
    <message>
        <source>'{text}' has a two-digit year; write the year in full, as YYYY-MM-DD (e.g. 2026-07-06)</source>
        <translation>« {text} » a une année à deux chiffres ; écrivez l'année en entier, sous la forme AAAA-MM-JJ (p. ex. 2026-07-06)</translation>
    </message>
    <message>
        <source>'{text}' could be read as two dates (day/month or month/day); write it as YYYY-MM-DD, e.g. 2026-07-06</source>
        <translation>« {text} » peut se lire comme deux dates (jour/mois ou mois/jour) ; écrivez-la sous la forme AAAA-MM-JJ, p. ex. 2026-07-06</translation>
    </message>
    <message>
        <source>'{text}' is not a date; write it as YYYY-MM-DD, e.g. 2026-07-06 (or as 6 July 2026)</source>
        <translation>« {text} » n'est pas une date ; écrivez-la sous la forme AAAA-MM-JJ, p. ex. 2026-07-06 (ou 6 juillet 2026)</translation>
    </message>
    <message>
        <source>'{text}' is not a date; write it as YYYY-MM-DD, e.g. 2026-07-06</source>
        <translation>« {text} » n'est pas une date ; écrivez-la sous la forme AAAA-MM-JJ, p. ex. 2026-07-06</translation>
    </message>
    <message>
        <source>'{text}' names a month without a day, which is not a date; write the day too, as YYYY-MM-DD (e.g. 2026-07-01)</source>
        <translation>« {text} » nomme un mois sans jour, ce qui n'est pas une date ; écrivez aussi le jour, sous la forme AAAA-MM-JJ (p. ex. 2026-07-01)</translation>
    </message>
    <message>
        <source>'{text}': {date} is a {weekday}; check the date and write it as YYYY-MM-DD, e.g. 2026-07-06</source>
        <translation>« {text} » : le {date} est un {weekday} ; vérifiez la date et écrivez-la sous la forme AAAA-MM-JJ, p. ex. 2026-07-06</translation>
    </message>
    <message>
        <source>'{text}' is not a date that exists (there is no month {month}); check it and write it as YYYY-MM-DD, e.g. 2026-07-06</source>
        <translation>« {text} » n'est pas une date qui existe (il n'y a pas de mois {month}) ; vérifiez-la et écrivez-la sous la forme AAAA-MM-JJ, p. ex. 2026-07-06</translation>
    </message>
    <message>
        <source>'{text}' is not a date that exists ({month} has no day {day}); check it and write it as YYYY-MM-DD, e.g. 2026-07-06</source>
        <translation>« {text} » n'est pas une date qui existe ({month} n'a pas de jour {day}) ; vérifiez-la et écrivez-la sous la forme AAAA-MM-JJ, p. ex. 2026-07-06</translation>
    </message>
    <message>
        <source>"{name}" contains XML entity declarations (a DTD, in "{part}"), which workbooks never need; it may be malicious (an "XML bomb", made to overload the computer). {danger}</source>
        <translation>« {name} » contient des déclarations d'entités XML (une DTD, dans « {part} »), dont les classeurs n'ont jamais besoin ; il est peut-être malveillant (une « bombe XML », faite pour surcharger l'ordinateur). {danger}</translation>
    </message>
    <message>
        <source>"{name}" holds XML in an unusual text encoding ("{encoding}", in "{part}") that Excel never writes and that can hide harmful content; it may be malicious. {danger}</source>
        <translation>« {name} » contient du XML dans un codage de texte inhabituel (« {encoding} », dans « {part} ») qu'Excel n'écrit jamais et qui peut cacher un contenu nuisible ; il est peut-être malveillant. {danger}</translation>
    </message>
    <message>
        <source>Ask the sender for the Excel workbook (.xlsx).</source>
        <translation>Demandez à l'expéditeur le classeur Excel (.xlsx).</translation>
    </message>
    <message>
        <source>an Excel binary workbook (.xlsb)</source>
        <translation>un classeur Excel binaire (.xlsb)</translation>
    </message>
    <message>
        <source>Open it in Excel and save it as an Excel workbook (.xlsx).</source>
        <translation>Ouvrez-le dans Excel et enregistrez-le comme classeur Excel (.xlsx).</translation>
    </message>
    <message>
        <source>"{name}" is {what} (renamed?), not an Excel workbook. {todo}</source>
        <translation>« {name} » est {what} (renommé ?), pas un classeur Excel. {todo}</translation>
    </message>
    <message>
        <source>"{name}" is a zip archive but not an Excel workbook: it has no workbook part (xl/workbook.xml). {ask}</source>
        <translation>« {name} » est une archive zip mais pas un classeur Excel : il n'a pas de partie classeur (xl/workbook.xml). {ask}</translation>
    </message>
    <message>
        <source>"{name}" is protected with a password (an encrypted OpenDocument spreadsheet), so it cannot be read. Open it in LibreOffice with the password, save it again without one (File ▸ Save As, untick "Save with password") and import the new file.</source>
        <translation>« {name} » est protégé par un mot de passe (un classeur OpenDocument chiffré), il ne peut donc pas être lu. Ouvrez-le dans LibreOffice avec le mot de passe, enregistrez-le à nouveau sans mot de passe (Fichier ▸ Enregistrer sous, décochez « Enregistrer avec mot de passe ») et importez le nouveau fichier.</translation>
    </message>
    <message>
        <source>the packed data of the part "{part}" ends too early</source>
        <translation>les données compressées de la partie « {part} » s'arrêtent trop tôt</translation>
    </message>
    <message>
        <source>"{name}" contains a part with a path that leads outside the workbook ("{part}"), which no spreadsheet program writes; it may be malicious. {danger}</source>
        <translation>« {name} » contient une partie dont le chemin mène hors du classeur (« {part} »), ce qu'aucun tableur n'écrit ; il est peut-être malveillant. {danger}</translation>
    </message>
    <message>
        <source>the part "{part}" appears twice</source>
        <translation>la partie « {part} » figure deux fois</translation>
    </message>
    <message>
        <source>a required part, [Content_Types].xml, is missing</source>
        <translation>une partie obligatoire, [Content_Types].xml, manque</translation>
    </message>
    <message>
        <source>a required part, content.xml, is missing</source>
        <translation>une partie obligatoire, content.xml, manque</translation>
    </message>
    <message>
        <source>a Word document (.docx)</source>
        <translation>un document Word (.docx)</translation>
    </message>
    <message>
        <source>its list of parts (META-INF/manifest.xml) cannot be unpacked</source>
        <translation>sa liste de parties (META-INF/manifest.xml) ne peut pas être décompressée</translation>
    </message>
    <message>
        <source>"{name}" is protected with a password (its parts are encrypted), so it cannot be read. Open it with the password, remove the password, save it again as .xlsx and import the new file.</source>
        <translation>« {name} » est protégé par un mot de passe (ses parties sont chiffrées), il ne peut donc pas être lu. Ouvrez-le avec le mot de passe, retirez le mot de passe, enregistrez-le à nouveau en .xlsx et importez le nouveau fichier.</translation>
    </message>
    <message>
        <source>the part "{part}" uses a compression method ({method}) that spreadsheet programs do not use</source>
        <translation>la partie « {part} » utilise une méthode de compression ({method}) que les tableurs n'utilisent pas</translation>
    </message>
    <message>
        <source>the part "{part}" is placed before the start of the file</source>
        <translation>la partie « {part} » est placée avant le début du fichier</translation>
    </message>
    <message>
        <source>the part "{part}" is not where the table of contents says</source>
        <translation>la partie « {part} » n'est pas là où l'indique la table des matières</translation>
    </message>
    <message>
        <source>the part "{part}" has two different names inside the file</source>
        <translation>la partie « {part} » a deux noms différents dans le fichier</translation>
    </message>
    <message>
        <source>"{name}" has parts hidden inside other parts ("{part}"), a trick of "zip bombs", files made to overload the computer. {danger}</source>
        <translation>« {name} » a des parties cachées dans d'autres parties (« {part} »), une ruse des « bombes zip », des fichiers faits pour surcharger l'ordinateur. {danger}</translation>
    </message>
    <message>
        <source>the part "{part}" runs into the table of contents</source>
        <translation>la partie « {part} » empiète sur la table des matières</translation>
    </message>
    <message>
        <source>the part "{part}" is larger than the table of contents says</source>
        <translation>la partie « {part} » est plus grande que ne l'indique la table des matières</translation>
    </message>
    <message>
        <source>the part "{part}" is shorter than the table of contents says</source>
        <translation>la partie « {part} » est plus courte que ne l'indique la table des matières</translation>
    </message>
    <message>
        <source>the part "{part}" fails its checksum (CRC)</source>
        <translation>la partie « {part} » échoue à sa somme de contrôle (CRC)</translation>
    </message>
    <message>
        <source>{count:,} bytes follow the end of its zip archive</source>
        <translation>{count} octets suivent la fin de son archive zip</translation>
    </message>
    <message>
        <source>its zip archive's comment runs past the end of the file</source>
        <translation>le commentaire de son archive zip dépasse la fin du fichier</translation>
    </message>
    <message>
        <source>a PowerPoint presentation (.pptx)</source>
        <translation>une présentation PowerPoint (.pptx)</translation>
    </message>
    <message>
        <source>the sheet part "{part}" refers to a cell or row beyond the last one a worksheet can have ({beyond}; the last is XFD1048576)</source>
        <translation>la partie de feuille « {part} » renvoie à une cellule ou une ligne au-delà de la dernière qu'une feuille peut avoir ({beyond} ; la dernière est XFD1048576)</translation>
    </message>
    <message>
        <source>an OpenDocument spreadsheet (.ods, for example from LibreOffice)</source>
        <translation>un tableur OpenDocument (.ods, par exemple de LibreOffice)</translation>
    </message>
    <message>
        <source>Open it in LibreOffice and save it as "Excel 2007-365 (.xlsx)", then import the new file.</source>
        <translation>Ouvrez-le dans LibreOffice et enregistrez-le en « Excel 2007-365 (.xlsx) », puis importez le nouveau fichier.</translation>
    </message>
    <message>
        <source>the part "{part}" cannot be unpacked</source>
        <translation>la partie « {part} » ne peut pas être décompressée</translation>
    </message>
    <message>
        <source>an OpenDocument text document (.odt)</source>
        <translation>un document texte OpenDocument (.odt)</translation>
    </message>
    <message>
        <source>an OpenDocument or similar file</source>
        <translation>un fichier OpenDocument ou semblable</translation>
    </message>
</context>
<context>
    <name>record_types</name>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Bureaux</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>Point focal</translation>
    </message>
    <message>
        <source>Focal points</source>
        <translation>Points focaux</translation>
    </message>
    <message>
        <source>Joint activity</source>
        <translation>Activité conjointe</translation>
    </message>
    <message>
        <source>Joint activities</source>
        <translation>Activités conjointes</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Suite à donner</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Suites à donner</translation>
    </message>
    <message>
        <source>Information exchange</source>
        <translation>Échange d'informations</translation>
    </message>
    <message>
        <source>Information exchanges</source>
        <translation>Échanges d'informations</translation>
    </message>
    <message>
        <source>Cooperation request</source>
        <translation>Demande de coopération</translation>
    </message>
    <message>
        <source>Cooperation requests</source>
        <translation>Demandes de coopération</translation>
    </message>
    <message>
        <source>Project agreement</source>
        <translation>Accord de projet</translation>
    </message>
    <message>
        <source>Project agreements</source>
        <translation>Accords de projet</translation>
    </message>
    <message>
        <source>IP-use approval</source>
        <translation>Autorisation d'usage de PI</translation>
    </message>
    <message>
        <source>IP-use approvals</source>
        <translation>Autorisations d'usage de PI</translation>
    </message>
    <message>
        <source>Consent record</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Consent records</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>Vocabulary term</source>
        <translation>Terme de vocabulaire</translation>
    </message>
    <message>
        <source>Vocabulary terms</source>
        <translation>Termes de vocabulaire</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>{0} fields</source>
        <translation>{0} champs</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>change of {0} on '{1}'</source>
        <translation>la modification de {0} sur « {1} »</translation>
    </message>
    <message>
        <source>new {0} '{1}'</source>
        <translation>la création de {0} « {1} »</translation>
    </message>
    <message>
        <source>new {0}</source>
        <translation>la création de {0}</translation>
    </message>
    <message>
        <source>delete of the {0} '{1}'</source>
        <translation>la suppression de {0} « {1} »</translation>
    </message>
    <message>
        <source>delete of the {0}</source>
        <translation>la suppression de {0}</translation>
    </message>
    <message>
        <source>bulk change of {0} on {1} {2}</source>
        <translation>la modification groupée de {0} sur {1} {2}</translation>
    </message>
</context>
<context>
    <name>vocabularies</name>
    <message>
        <source>Border management: risk assessment, materials, training</source>
        <comment>thematic_area</comment>
        <translation>Gestion des frontières : évaluation des risques, supports, formation</translation>
    </message>
    <message>
        <source>Good practices and recommendations for CBM/IBM policy</source>
        <comment>thematic_area</comment>
        <translation>Bonnes pratiques et recommandations pour les politiques CBM/IBM</translation>
    </message>
    <message>
        <source>Organisational and institutional structures for CBM</source>
        <comment>thematic_area</comment>
        <translation>Structures organisationnelles et institutionnelles de la CBM</translation>
    </message>
    <message>
        <source>Standard Operating Procedures on CBM/IBM</source>
        <comment>thematic_area</comment>
        <translation>Procédures opérationnelles normalisées CBM/IBM</translation>
    </message>
    <message>
        <source>Joint training courses and joint trainings</source>
        <comment>thematic_area</comment>
        <translation>Cours et formations conjoints</translation>
    </message>
    <message>
        <source>Responsible data collection and information exchange</source>
        <comment>thematic_area</comment>
        <translation>Collecte responsable de données et échange d'informations</translation>
    </message>
    <message>
        <source>Standards for border management tools and technology</source>
        <comment>thematic_area</comment>
        <translation>Normes pour les outils et technologies de gestion des frontières</translation>
    </message>
    <message>
        <source>Regional cooperation and integration on border management</source>
        <comment>thematic_area</comment>
        <translation>Coopération et intégration régionales en gestion des frontières</translation>
    </message>
    <message>
        <source>Conferences, seminars and workshops on CBM/IBM</source>
        <comment>thematic_area</comment>
        <translation>Conférences, séminaires et ateliers CBM/IBM</translation>
    </message>
    <message>
        <source>Joint research, awareness, policy and capacity building</source>
        <comment>thematic_area</comment>
        <translation>Recherche, sensibilisation, politiques et renforcement des capacités conjoints</translation>
    </message>
    <message>
        <source>Cross-border trade and development</source>
        <comment>thematic_area</comment>
        <translation>Commerce transfrontalier et développement</translation>
    </message>
    <message>
        <source>One Stop Border Posts (OSBPs)</source>
        <comment>thematic_area</comment>
        <translation>Postes frontières à guichet unique (PFGU)</translation>
    </message>
    <message>
        <source>Engagement of cross-border communities</source>
        <comment>thematic_area</comment>
        <translation>Participation des communautés transfrontalières</translation>
    </message>
    <message>
        <source>Risk analysis and risk management</source>
        <comment>thematic_area</comment>
        <translation>Analyse et gestion des risques</translation>
    </message>
    <message>
        <source>Cross-border crime (trafficking, smuggling)</source>
        <comment>thematic_area</comment>
        <translation>Criminalité transfrontalière (traite, trafic illicite)</translation>
    </message>
    <message>
        <source>Cross-border security threats</source>
        <comment>thematic_area</comment>
        <translation>Menaces transfrontalières pour la sécurité</translation>
    </message>
    <message>
        <source>Irregular cross-border movements</source>
        <comment>thematic_area</comment>
        <translation>Mouvements transfrontaliers irréguliers</translation>
    </message>
    <message>
        <source>Advance Passenger Information (API)</source>
        <comment>thematic_area</comment>
        <translation>Informations préalables sur les voyageurs (API)</translation>
    </message>
    <message>
        <source>Humanitarian Border Management</source>
        <comment>thematic_area</comment>
        <translation>Gestion humanitaire des frontières</translation>
    </message>
    <message>
        <source>Public health and cross-border flows</source>
        <comment>thematic_area</comment>
        <translation>Santé publique et flux transfrontaliers</translation>
    </message>
    <message>
        <source>Integrated IT, biometrics, information systems</source>
        <comment>thematic_area</comment>
        <translation>Informatique intégrée, biométrie, systèmes d'information</translation>
    </message>
    <message>
        <source>Public-private partnerships in border management</source>
        <comment>thematic_area</comment>
        <translation>Partenariats public-privé en gestion des frontières</translation>
    </message>
    <message>
        <source>Emergency customs facilitation for humanitarian aid</source>
        <comment>thematic_area</comment>
        <translation>Facilitation douanière d'urgence pour l'aide humanitaire</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <comment>activity_kind</comment>
        <translation>Évaluation des risques</translation>
    </message>
    <message>
        <source>Training</source>
        <comment>activity_kind</comment>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Information materials</source>
        <comment>activity_kind</comment>
        <translation>Supports d'information</translation>
    </message>
    <message>
        <source>Training manuals, tools and guidance</source>
        <comment>activity_kind</comment>
        <translation>Manuels de formation, outils et orientations</translation>
    </message>
    <message>
        <source>Standard Operating Procedures</source>
        <comment>activity_kind</comment>
        <translation>Procédures opérationnelles normalisées</translation>
    </message>
    <message>
        <source>Advocacy or public information campaign</source>
        <comment>activity_kind</comment>
        <translation>Campagne de plaidoyer ou d'information du public</translation>
    </message>
    <message>
        <source>Policy advice and recommendations</source>
        <comment>activity_kind</comment>
        <translation>Conseils et recommandations politiques</translation>
    </message>
    <message>
        <source>Conference, seminar or workshop</source>
        <comment>activity_kind</comment>
        <translation>Conférence, séminaire ou atelier</translation>
    </message>
    <message>
        <source>Joint research</source>
        <comment>activity_kind</comment>
        <translation>Recherche conjointe</translation>
    </message>
    <message>
        <source>Capacity building</source>
        <comment>activity_kind</comment>
        <translation>Renforcement des capacités</translation>
    </message>
    <message>
        <source>Data collection and information exchange</source>
        <comment>activity_kind</comment>
        <translation>Collecte de données et échange d'informations</translation>
    </message>
    <message>
        <source>Emergency customs facilitation</source>
        <comment>activity_kind</comment>
        <translation>Facilitation douanière d'urgence</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>activity_kind</comment>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>activity_status</comment>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <comment>activity_status</comment>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>activity_status</comment>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>activity_status</comment>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <comment>office_level</comment>
        <translation>Siège</translation>
    </message>
    <message>
        <source>Regional</source>
        <comment>office_level</comment>
        <translation>Régional</translation>
    </message>
    <message>
        <source>Country</source>
        <comment>office_level</comment>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Field</source>
        <comment>office_level</comment>
        <translation>Terrain</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <comment>focal_point_level</comment>
        <translation>Siège</translation>
    </message>
    <message>
        <source>Regional</source>
        <comment>focal_point_level</comment>
        <translation>Régional</translation>
    </message>
    <message>
        <source>Field</source>
        <comment>focal_point_level</comment>
        <translation>Terrain</translation>
    </message>
    <message>
        <source>Consultation</source>
        <comment>meeting_kind</comment>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Joint meeting</source>
        <comment>meeting_kind</comment>
        <translation>Réunion conjointe</translation>
    </message>
    <message>
        <source>Workshop</source>
        <comment>meeting_kind</comment>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Observer invitation to a conference</source>
        <comment>meeting_kind</comment>
        <translation>Invitation comme observateur à une conférence</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>action_status</comment>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>action_status</comment>
        <translation>Faite</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>action_status</comment>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Public domain</source>
        <comment>classification</comment>
        <translation>Domaine public</translation>
    </message>
    <message>
        <source>Project-specific</source>
        <comment>classification</comment>
        <translation>Propre au projet</translation>
    </message>
    <message>
        <source>Confidential</source>
        <comment>classification</comment>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>request_status</comment>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Accepted</source>
        <comment>request_status</comment>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Declined</source>
        <comment>request_status</comment>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>request_status</comment>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Draft</source>
        <comment>project_status</comment>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Signed</source>
        <comment>project_status</comment>
        <translation>Signé</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>project_status</comment>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>project_status</comment>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Terminated</source>
        <comment>project_status</comment>
        <translation>Résilié</translation>
    </message>
    <message>
        <source>Draft</source>
        <comment>agreement_status</comment>
        <translation>Projet</translation>
    </message>
    <message>
        <source>In force</source>
        <comment>agreement_status</comment>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>Termination notice given</source>
        <comment>agreement_status</comment>
        <translation>Préavis de résiliation donné</translation>
    </message>
    <message>
        <source>Terminated</source>
        <comment>agreement_status</comment>
        <translation>Résilié</translation>
    </message>
    <message>
        <source>Logo</source>
        <comment>ip_item</comment>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>ip_item</comment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Trademark</source>
        <comment>ip_item</comment>
        <translation>Marque</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>ip_item</comment>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Requested</source>
        <comment>ip_status</comment>
        <translation>Demandée</translation>
    </message>
    <message>
        <source>Approved</source>
        <comment>ip_status</comment>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Refused</source>
        <comment>ip_status</comment>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>ip_status</comment>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Customs administration</source>
        <comment>organisation_type</comment>
        <translation>Administration des douanes</translation>
    </message>
    <message>
        <source>Border police</source>
        <comment>organisation_type</comment>
        <translation>Police des frontières</translation>
    </message>
    <message>
        <source>Immigration authority</source>
        <comment>organisation_type</comment>
        <translation>Autorité d'immigration</translation>
    </message>
    <message>
        <source>Ministry</source>
        <comment>organisation_type</comment>
        <translation>Ministère</translation>
    </message>
    <message>
        <source>Private partner</source>
        <comment>organisation_type</comment>
        <translation>Partenaire privé</translation>
    </message>
    <message>
        <source>International organisation</source>
        <comment>organisation_type</comment>
        <translation>Organisation internationale</translation>
    </message>
    <message>
        <source>Non-governmental organisation</source>
        <comment>organisation_type</comment>
        <translation>Organisation non gouvernementale</translation>
    </message>
    <message>
        <source>Academic institution</source>
        <comment>organisation_type</comment>
        <translation>Établissement universitaire</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>organisation_type</comment>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Signed form</source>
        <comment>consent_method</comment>
        <translation>Formulaire signé</translation>
    </message>
    <message>
        <source>Email</source>
        <comment>consent_method</comment>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>consent_method</comment>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Aruba</source>
        <comment>country</comment>
        <translation>Aruba</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <comment>country</comment>
        <translation>Afghanistan</translation>
    </message>
    <message>
        <source>Angola</source>
        <comment>country</comment>
        <translation>Angola</translation>
    </message>
    <message>
        <source>Anguilla</source>
        <comment>country</comment>
        <translation>Anguilla</translation>
    </message>
    <message>
        <source>Åland Islands</source>
        <comment>country</comment>
        <translation>Åland, Îles</translation>
    </message>
    <message>
        <source>Albania</source>
        <comment>country</comment>
        <translation>Albanie</translation>
    </message>
    <message>
        <source>Andorra</source>
        <comment>country</comment>
        <translation>Andorre</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <comment>country</comment>
        <translation>Émirats arabes unis</translation>
    </message>
    <message>
        <source>Argentina</source>
        <comment>country</comment>
        <translation>Argentine</translation>
    </message>
    <message>
        <source>Armenia</source>
        <comment>country</comment>
        <translation>Arménie</translation>
    </message>
    <message>
        <source>American Samoa</source>
        <comment>country</comment>
        <translation>Samoa américaines</translation>
    </message>
    <message>
        <source>Antarctica</source>
        <comment>country</comment>
        <translation>Antarctique</translation>
    </message>
    <message>
        <source>French Southern Territories</source>
        <comment>country</comment>
        <translation>Terres australes françaises</translation>
    </message>
    <message>
        <source>Antigua and Barbuda</source>
        <comment>country</comment>
        <translation>Antigua-et-Barbuda</translation>
    </message>
    <message>
        <source>Australia</source>
        <comment>country</comment>
        <translation>Australie</translation>
    </message>
    <message>
        <source>Austria</source>
        <comment>country</comment>
        <translation>Autriche</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <comment>country</comment>
        <translation>Azerbaïdjan</translation>
    </message>
    <message>
        <source>Burundi</source>
        <comment>country</comment>
        <translation>Burundi</translation>
    </message>
    <message>
        <source>Belgium</source>
        <comment>country</comment>
        <translation>Belgique</translation>
    </message>
    <message>
        <source>Benin</source>
        <comment>country</comment>
        <translation>Bénin</translation>
    </message>
    <message>
        <source>Bonaire, Sint Eustatius and Saba</source>
        <comment>country</comment>
        <translation>Bonaire, Saint-Eustache et Saba</translation>
    </message>
    <message>
        <source>Burkina Faso</source>
        <comment>country</comment>
        <translation>Burkina Faso</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <comment>country</comment>
        <translation>Bangladesh</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <comment>country</comment>
        <translation>Bulgarie</translation>
    </message>
    <message>
        <source>Bahrain</source>
        <comment>country</comment>
        <translation>Bahreïn</translation>
    </message>
    <message>
        <source>Bahamas</source>
        <comment>country</comment>
        <translation>Bahamas</translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina</source>
        <comment>country</comment>
        <translation>Bosnie-Herzégovine</translation>
    </message>
    <message>
        <source>Saint Barthélemy</source>
        <comment>country</comment>
        <translation>Saint-Barthélemy</translation>
    </message>
    <message>
        <source>Belarus</source>
        <comment>country</comment>
        <translation>Bélarus</translation>
    </message>
    <message>
        <source>Belize</source>
        <comment>country</comment>
        <translation>Belize</translation>
    </message>
    <message>
        <source>Bermuda</source>
        <comment>country</comment>
        <translation>Bermudes</translation>
    </message>
    <message>
        <source>Bolivia</source>
        <comment>country</comment>
        <translation>Bolivie</translation>
    </message>
    <message>
        <source>Brazil</source>
        <comment>country</comment>
        <translation>Brésil</translation>
    </message>
    <message>
        <source>Barbados</source>
        <comment>country</comment>
        <translation>Barbade</translation>
    </message>
    <message>
        <source>Brunei Darussalam</source>
        <comment>country</comment>
        <translation>Brunéi Darussalam</translation>
    </message>
    <message>
        <source>Bhutan</source>
        <comment>country</comment>
        <translation>Bhoutan</translation>
    </message>
    <message>
        <source>Bouvet Island</source>
        <comment>country</comment>
        <translation>île Bouvet</translation>
    </message>
    <message>
        <source>Botswana</source>
        <comment>country</comment>
        <translation>Botswana</translation>
    </message>
    <message>
        <source>Central African Republic</source>
        <comment>country</comment>
        <translation>République centrafricaine</translation>
    </message>
    <message>
        <source>Canada</source>
        <comment>country</comment>
        <translation>Canada</translation>
    </message>
    <message>
        <source>Cocos (Keeling) Islands</source>
        <comment>country</comment>
        <translation>Cocos (Keeling), Îles</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <comment>country</comment>
        <translation>Suisse</translation>
    </message>
    <message>
        <source>Chile</source>
        <comment>country</comment>
        <translation>Chili</translation>
    </message>
    <message>
        <source>China</source>
        <comment>country</comment>
        <translation>Chine</translation>
    </message>
    <message>
        <source>Côte d'Ivoire</source>
        <comment>country</comment>
        <translation>Côte d'Ivoire</translation>
    </message>
    <message>
        <source>Cameroon</source>
        <comment>country</comment>
        <translation>Cameroun</translation>
    </message>
    <message>
        <source>Congo, The Democratic Republic of the</source>
        <comment>country</comment>
        <translation>République démocratique du Congo</translation>
    </message>
    <message>
        <source>Congo</source>
        <comment>country</comment>
        <translation>République du Congo</translation>
    </message>
    <message>
        <source>Cook Islands</source>
        <comment>country</comment>
        <translation>îles Cook</translation>
    </message>
    <message>
        <source>Colombia</source>
        <comment>country</comment>
        <translation>Colombie</translation>
    </message>
    <message>
        <source>Comoros</source>
        <comment>country</comment>
        <translation>Comores</translation>
    </message>
    <message>
        <source>Cabo Verde</source>
        <comment>country</comment>
        <translation>Cap-Vert</translation>
    </message>
    <message>
        <source>Costa Rica</source>
        <comment>country</comment>
        <translation>Costa Rica</translation>
    </message>
    <message>
        <source>Cuba</source>
        <comment>country</comment>
        <translation>Cuba</translation>
    </message>
    <message>
        <source>Curaçao</source>
        <comment>country</comment>
        <translation>Curaçao</translation>
    </message>
    <message>
        <source>Christmas Island</source>
        <comment>country</comment>
        <translation>Christmas, Île</translation>
    </message>
    <message>
        <source>Cayman Islands</source>
        <comment>country</comment>
        <translation>îles Caïmans</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <comment>country</comment>
        <translation>Chypre</translation>
    </message>
    <message>
        <source>Czechia</source>
        <comment>country</comment>
        <translation>Tchéquie</translation>
    </message>
    <message>
        <source>Germany</source>
        <comment>country</comment>
        <translation>Allemagne</translation>
    </message>
    <message>
        <source>Djibouti</source>
        <comment>country</comment>
        <translation>Djibouti</translation>
    </message>
    <message>
        <source>Dominica</source>
        <comment>country</comment>
        <translation>Dominique</translation>
    </message>
    <message>
        <source>Denmark</source>
        <comment>country</comment>
        <translation>Danemark</translation>
    </message>
    <message>
        <source>Dominican Republic</source>
        <comment>country</comment>
        <translation>République dominicaine</translation>
    </message>
    <message>
        <source>Algeria</source>
        <comment>country</comment>
        <translation>Algérie</translation>
    </message>
    <message>
        <source>Ecuador</source>
        <comment>country</comment>
        <translation>Équateur</translation>
    </message>
    <message>
        <source>Egypt</source>
        <comment>country</comment>
        <translation>Égypte</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <comment>country</comment>
        <translation>Érythrée</translation>
    </message>
    <message>
        <source>Western Sahara</source>
        <comment>country</comment>
        <translation>Sahara occidental</translation>
    </message>
    <message>
        <source>Spain</source>
        <comment>country</comment>
        <translation>Espagne</translation>
    </message>
    <message>
        <source>Estonia</source>
        <comment>country</comment>
        <translation>Estonie</translation>
    </message>
    <message>
        <source>Ethiopia</source>
        <comment>country</comment>
        <translation>Éthiopie</translation>
    </message>
    <message>
        <source>Finland</source>
        <comment>country</comment>
        <translation>Finlande</translation>
    </message>
    <message>
        <source>Fiji</source>
        <comment>country</comment>
        <translation>Fidji</translation>
    </message>
    <message>
        <source>Falkland Islands (Malvinas)</source>
        <comment>country</comment>
        <translation>Malouines, Îles (Falkland)</translation>
    </message>
    <message>
        <source>France</source>
        <comment>country</comment>
        <translation>France</translation>
    </message>
    <message>
        <source>Faroe Islands</source>
        <comment>country</comment>
        <translation>îles Féroé</translation>
    </message>
    <message>
        <source>Micronesia, Federated States of</source>
        <comment>country</comment>
        <translation>Micronésie, États fédérés de</translation>
    </message>
    <message>
        <source>Gabon</source>
        <comment>country</comment>
        <translation>Gabon</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <comment>country</comment>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <source>Georgia</source>
        <comment>country</comment>
        <translation>Géorgie</translation>
    </message>
    <message>
        <source>Guernsey</source>
        <comment>country</comment>
        <translation>Guernesey</translation>
    </message>
    <message>
        <source>Ghana</source>
        <comment>country</comment>
        <translation>Ghana</translation>
    </message>
    <message>
        <source>Gibraltar</source>
        <comment>country</comment>
        <translation>Gibraltar</translation>
    </message>
    <message>
        <source>Guinea</source>
        <comment>country</comment>
        <translation>Guinée</translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <comment>country</comment>
        <translation>Guadeloupe</translation>
    </message>
    <message>
        <source>Gambia</source>
        <comment>country</comment>
        <translation>Gambie</translation>
    </message>
    <message>
        <source>Guinea-Bissau</source>
        <comment>country</comment>
        <translation>Guinée-Bissau</translation>
    </message>
    <message>
        <source>Equatorial Guinea</source>
        <comment>country</comment>
        <translation>Guinée Équatoriale</translation>
    </message>
    <message>
        <source>Greece</source>
        <comment>country</comment>
        <translation>Grèce</translation>
    </message>
    <message>
        <source>Grenada</source>
        <comment>country</comment>
        <translation>Grenade</translation>
    </message>
    <message>
        <source>Greenland</source>
        <comment>country</comment>
        <translation>Groënland</translation>
    </message>
    <message>
        <source>Guatemala</source>
        <comment>country</comment>
        <translation>Guatemala</translation>
    </message>
    <message>
        <source>French Guiana</source>
        <comment>country</comment>
        <translation>Guyane française</translation>
    </message>
    <message>
        <source>Guam</source>
        <comment>country</comment>
        <translation>Guam</translation>
    </message>
    <message>
        <source>Guyana</source>
        <comment>country</comment>
        <translation>Guyana</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <comment>country</comment>
        <translation>Hong Kong</translation>
    </message>
    <message>
        <source>Heard Island and McDonald Islands</source>
        <comment>country</comment>
        <translation>îles Heard-et-MacDonald</translation>
    </message>
    <message>
        <source>Honduras</source>
        <comment>country</comment>
        <translation>Honduras</translation>
    </message>
    <message>
        <source>Croatia</source>
        <comment>country</comment>
        <translation>Croatie</translation>
    </message>
    <message>
        <source>Haiti</source>
        <comment>country</comment>
        <translation>Haïti</translation>
    </message>
    <message>
        <source>Hungary</source>
        <comment>country</comment>
        <translation>Hongrie</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <comment>country</comment>
        <translation>Indonésie</translation>
    </message>
    <message>
        <source>Isle of Man</source>
        <comment>country</comment>
        <translation>Île de Man</translation>
    </message>
    <message>
        <source>India</source>
        <comment>country</comment>
        <translation>Inde</translation>
    </message>
    <message>
        <source>British Indian Ocean Territory</source>
        <comment>country</comment>
        <translation>Territoire britannique de l'océan Indien</translation>
    </message>
    <message>
        <source>Ireland</source>
        <comment>country</comment>
        <translation>Irlande</translation>
    </message>
    <message>
        <source>Iran</source>
        <comment>country</comment>
        <translation>Iran</translation>
    </message>
    <message>
        <source>Iraq</source>
        <comment>country</comment>
        <translation>Irak</translation>
    </message>
    <message>
        <source>Iceland</source>
        <comment>country</comment>
        <translation>Islande</translation>
    </message>
    <message>
        <source>Israel</source>
        <comment>country</comment>
        <translation>Israël</translation>
    </message>
    <message>
        <source>Italy</source>
        <comment>country</comment>
        <translation>Italie</translation>
    </message>
    <message>
        <source>Jamaica</source>
        <comment>country</comment>
        <translation>Jamaïque</translation>
    </message>
    <message>
        <source>Jersey</source>
        <comment>country</comment>
        <translation>Jersey</translation>
    </message>
    <message>
        <source>Jordan</source>
        <comment>country</comment>
        <translation>Jordanie</translation>
    </message>
    <message>
        <source>Japan</source>
        <comment>country</comment>
        <translation>Japon</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <comment>country</comment>
        <translation>Kazakhstan</translation>
    </message>
    <message>
        <source>Kenya</source>
        <comment>country</comment>
        <translation>Kenya</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <comment>country</comment>
        <translation>Kirghizistan</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <comment>country</comment>
        <translation>Cambodge</translation>
    </message>
    <message>
        <source>Kiribati</source>
        <comment>country</comment>
        <translation>Kiribati</translation>
    </message>
    <message>
        <source>Saint Kitts and Nevis</source>
        <comment>country</comment>
        <translation>Saint-Christophe-et-Niévès</translation>
    </message>
    <message>
        <source>South Korea</source>
        <comment>country</comment>
        <translation>Corée du Sud</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <comment>country</comment>
        <translation>Koweït</translation>
    </message>
    <message>
        <source>Laos</source>
        <comment>country</comment>
        <translation>Laos</translation>
    </message>
    <message>
        <source>Lebanon</source>
        <comment>country</comment>
        <translation>Liban</translation>
    </message>
    <message>
        <source>Liberia</source>
        <comment>country</comment>
        <translation>Libéria</translation>
    </message>
    <message>
        <source>Libya</source>
        <comment>country</comment>
        <translation>Libye</translation>
    </message>
    <message>
        <source>Saint Lucia</source>
        <comment>country</comment>
        <translation>Sainte-Lucie</translation>
    </message>
    <message>
        <source>Liechtenstein</source>
        <comment>country</comment>
        <translation>Liechtenstein</translation>
    </message>
    <message>
        <source>Sri Lanka</source>
        <comment>country</comment>
        <translation>Sri Lanka</translation>
    </message>
    <message>
        <source>Lesotho</source>
        <comment>country</comment>
        <translation>Lesotho</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <comment>country</comment>
        <translation>Lituanie</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <comment>country</comment>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <source>Latvia</source>
        <comment>country</comment>
        <translation>Lettonie</translation>
    </message>
    <message>
        <source>Macao</source>
        <comment>country</comment>
        <translation>Macau</translation>
    </message>
    <message>
        <source>Saint Martin (French part)</source>
        <comment>country</comment>
        <translation>Saint-Martin (partie française)</translation>
    </message>
    <message>
        <source>Morocco</source>
        <comment>country</comment>
        <translation>Maroc</translation>
    </message>
    <message>
        <source>Monaco</source>
        <comment>country</comment>
        <translation>Monaco</translation>
    </message>
    <message>
        <source>Moldova</source>
        <comment>country</comment>
        <translation>Moldavie</translation>
    </message>
    <message>
        <source>Madagascar</source>
        <comment>country</comment>
        <translation>Madagascar</translation>
    </message>
    <message>
        <source>Maldives</source>
        <comment>country</comment>
        <translation>Maldives</translation>
    </message>
    <message>
        <source>Mexico</source>
        <comment>country</comment>
        <translation>Mexique</translation>
    </message>
    <message>
        <source>Marshall Islands</source>
        <comment>country</comment>
        <translation>Îles Marshall</translation>
    </message>
    <message>
        <source>North Macedonia</source>
        <comment>country</comment>
        <translation>Macédoine du Nord</translation>
    </message>
    <message>
        <source>Mali</source>
        <comment>country</comment>
        <translation>Mali</translation>
    </message>
    <message>
        <source>Malta</source>
        <comment>country</comment>
        <translation>Malte</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <comment>country</comment>
        <translation>Birmanie</translation>
    </message>
    <message>
        <source>Montenegro</source>
        <comment>country</comment>
        <translation>Monténégro</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <comment>country</comment>
        <translation>Mongolie</translation>
    </message>
    <message>
        <source>Northern Mariana Islands</source>
        <comment>country</comment>
        <translation>Îles Mariannes du Nord</translation>
    </message>
    <message>
        <source>Mozambique</source>
        <comment>country</comment>
        <translation>Mozambique</translation>
    </message>
    <message>
        <source>Mauritania</source>
        <comment>country</comment>
        <translation>Mauritanie</translation>
    </message>
    <message>
        <source>Montserrat</source>
        <comment>country</comment>
        <translation>Montserrat</translation>
    </message>
    <message>
        <source>Martinique</source>
        <comment>country</comment>
        <translation>Martinique</translation>
    </message>
    <message>
        <source>Mauritius</source>
        <comment>country</comment>
        <translation>Maurice</translation>
    </message>
    <message>
        <source>Malawi</source>
        <comment>country</comment>
        <translation>Malawi</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <comment>country</comment>
        <translation>Malaisie</translation>
    </message>
    <message>
        <source>Mayotte</source>
        <comment>country</comment>
        <translation>Mayotte</translation>
    </message>
    <message>
        <source>Namibia</source>
        <comment>country</comment>
        <translation>Namibie</translation>
    </message>
    <message>
        <source>New Caledonia</source>
        <comment>country</comment>
        <translation>Nouvelle-Calédonie</translation>
    </message>
    <message>
        <source>Niger</source>
        <comment>country</comment>
        <translation>Niger</translation>
    </message>
    <message>
        <source>Norfolk Island</source>
        <comment>country</comment>
        <translation>île Norfolk</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <comment>country</comment>
        <translation>Nigeria</translation>
    </message>
    <message>
        <source>Nicaragua</source>
        <comment>country</comment>
        <translation>Nicaragua</translation>
    </message>
    <message>
        <source>Niue</source>
        <comment>country</comment>
        <translation>Nioue</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <comment>country</comment>
        <translation>Pays-Bas</translation>
    </message>
    <message>
        <source>Norway</source>
        <comment>country</comment>
        <translation>Norvège</translation>
    </message>
    <message>
        <source>Nepal</source>
        <comment>country</comment>
        <translation>Népal</translation>
    </message>
    <message>
        <source>Nauru</source>
        <comment>country</comment>
        <translation>Nauru</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <comment>country</comment>
        <translation>Nouvelle-Zélande</translation>
    </message>
    <message>
        <source>Oman</source>
        <comment>country</comment>
        <translation>Oman</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <comment>country</comment>
        <translation>Pakistan</translation>
    </message>
    <message>
        <source>Panama</source>
        <comment>country</comment>
        <translation>Panama</translation>
    </message>
    <message>
        <source>Pitcairn</source>
        <comment>country</comment>
        <translation>Îles Pitcairn</translation>
    </message>
    <message>
        <source>Peru</source>
        <comment>country</comment>
        <translation>Pérou</translation>
    </message>
    <message>
        <source>Philippines</source>
        <comment>country</comment>
        <translation>Philippines</translation>
    </message>
    <message>
        <source>Palau</source>
        <comment>country</comment>
        <translation>Palaos</translation>
    </message>
    <message>
        <source>Papua New Guinea</source>
        <comment>country</comment>
        <translation>Papouasie-Nouvelle-Guinée</translation>
    </message>
    <message>
        <source>Poland</source>
        <comment>country</comment>
        <translation>Pologne</translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <comment>country</comment>
        <translation>Porto Rico</translation>
    </message>
    <message>
        <source>North Korea</source>
        <comment>country</comment>
        <translation>Corée du Nord</translation>
    </message>
    <message>
        <source>Portugal</source>
        <comment>country</comment>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Paraguay</source>
        <comment>country</comment>
        <translation>Paraguay</translation>
    </message>
    <message>
        <source>Palestine, State of</source>
        <comment>country</comment>
        <translation>Palestine, État de</translation>
    </message>
    <message>
        <source>French Polynesia</source>
        <comment>country</comment>
        <translation>Polynésie française</translation>
    </message>
    <message>
        <source>Qatar</source>
        <comment>country</comment>
        <translation>Qatar</translation>
    </message>
    <message>
        <source>Réunion</source>
        <comment>country</comment>
        <translation>Réunion, Île de la</translation>
    </message>
    <message>
        <source>Romania</source>
        <comment>country</comment>
        <translation>Roumanie</translation>
    </message>
    <message>
        <source>Russian Federation</source>
        <comment>country</comment>
        <translation>Russie, Fédération de</translation>
    </message>
    <message>
        <source>Rwanda</source>
        <comment>country</comment>
        <translation>Rwanda</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <comment>country</comment>
        <translation>Arabie saoudite</translation>
    </message>
    <message>
        <source>Sudan</source>
        <comment>country</comment>
        <translation>Soudan</translation>
    </message>
    <message>
        <source>Senegal</source>
        <comment>country</comment>
        <translation>Sénégal</translation>
    </message>
    <message>
        <source>Singapore</source>
        <comment>country</comment>
        <translation>Singapour</translation>
    </message>
    <message>
        <source>South Georgia and the South Sandwich Islands</source>
        <comment>country</comment>
        <translation>Géorgie du Sud et les îles Sandwich du Sud</translation>
    </message>
    <message>
        <source>Saint Helena, Ascension and Tristan da Cunha</source>
        <comment>country</comment>
        <translation>Sainte-Hélène, Ascension et Tristan da Cunha</translation>
    </message>
    <message>
        <source>Svalbard and Jan Mayen</source>
        <comment>country</comment>
        <translation>Svalbard et île Jan Mayen</translation>
    </message>
    <message>
        <source>Solomon Islands</source>
        <comment>country</comment>
        <translation>Salomon, Îles</translation>
    </message>
    <message>
        <source>Sierra Leone</source>
        <comment>country</comment>
        <translation>Sierra Leone</translation>
    </message>
    <message>
        <source>El Salvador</source>
        <comment>country</comment>
        <translation>Salvador</translation>
    </message>
    <message>
        <source>San Marino</source>
        <comment>country</comment>
        <translation>Saint-Marin</translation>
    </message>
    <message>
        <source>Somalia</source>
        <comment>country</comment>
        <translation>Somalie</translation>
    </message>
    <message>
        <source>Saint Pierre and Miquelon</source>
        <comment>country</comment>
        <translation>Saint-Pierre-et-Miquelon</translation>
    </message>
    <message>
        <source>Serbia</source>
        <comment>country</comment>
        <translation>Serbie</translation>
    </message>
    <message>
        <source>South Sudan</source>
        <comment>country</comment>
        <translation>Soudan du Sud</translation>
    </message>
    <message>
        <source>Sao Tome and Principe</source>
        <comment>country</comment>
        <translation>Sao Tomé-et-Principe</translation>
    </message>
    <message>
        <source>Suriname</source>
        <comment>country</comment>
        <translation>Surinam</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <comment>country</comment>
        <translation>Slovaquie</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <comment>country</comment>
        <translation>Slovénie</translation>
    </message>
    <message>
        <source>Sweden</source>
        <comment>country</comment>
        <translation>Suède</translation>
    </message>
    <message>
        <source>Eswatini</source>
        <comment>country</comment>
        <translation>Eswatini</translation>
    </message>
    <message>
        <source>Sint Maarten (Dutch part)</source>
        <comment>country</comment>
        <translation>Saint-Martin (partie néerlandaise)</translation>
    </message>
    <message>
        <source>Seychelles</source>
        <comment>country</comment>
        <translation>Seychelles</translation>
    </message>
    <message>
        <source>Syria</source>
        <comment>country</comment>
        <translation>Syria</translation>
    </message>
    <message>
        <source>Turks and Caicos Islands</source>
        <comment>country</comment>
        <translation>îles Turques-et-Caïques</translation>
    </message>
    <message>
        <source>Chad</source>
        <comment>country</comment>
        <translation>Tchad</translation>
    </message>
    <message>
        <source>Togo</source>
        <comment>country</comment>
        <translation>Togo</translation>
    </message>
    <message>
        <source>Thailand</source>
        <comment>country</comment>
        <translation>Thaïlande</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <comment>country</comment>
        <translation>Tadjikistan</translation>
    </message>
    <message>
        <source>Tokelau</source>
        <comment>country</comment>
        <translation>Tokelau</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <comment>country</comment>
        <translation>Turkménistan</translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <comment>country</comment>
        <translation>Timor oriental</translation>
    </message>
    <message>
        <source>Tonga</source>
        <comment>country</comment>
        <translation>Tonga</translation>
    </message>
    <message>
        <source>Trinidad and Tobago</source>
        <comment>country</comment>
        <translation>Trinité-et-Tobago</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <comment>country</comment>
        <translation>Tunisie</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <comment>country</comment>
        <translation>Türkiye</translation>
    </message>
    <message>
        <source>Tuvalu</source>
        <comment>country</comment>
        <translation>Tuvalu</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <comment>country</comment>
        <translation>Taïwan</translation>
    </message>
    <message>
        <source>Tanzania</source>
        <comment>country</comment>
        <translation>Tanzanie</translation>
    </message>
    <message>
        <source>Uganda</source>
        <comment>country</comment>
        <translation>Ouganda</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <comment>country</comment>
        <translation>Ukraine</translation>
    </message>
    <message>
        <source>United States Minor Outlying Islands</source>
        <comment>country</comment>
        <translation>Îles mineures éloignées des États-Unis</translation>
    </message>
    <message>
        <source>Uruguay</source>
        <comment>country</comment>
        <translation>Uruguay</translation>
    </message>
    <message>
        <source>United States</source>
        <comment>country</comment>
        <translation>États-Unis</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <comment>country</comment>
        <translation>Ouzbékistan</translation>
    </message>
    <message>
        <source>Holy See (Vatican City State)</source>
        <comment>country</comment>
        <translation>Saint-Siège (état de la cité du Vatican)</translation>
    </message>
    <message>
        <source>Saint Vincent and the Grenadines</source>
        <comment>country</comment>
        <translation>Saint-Vincent-et-les-Grenadines</translation>
    </message>
    <message>
        <source>Venezuela</source>
        <comment>country</comment>
        <translation>Vénézuela</translation>
    </message>
    <message>
        <source>Virgin Islands, British</source>
        <comment>country</comment>
        <translation>Îles Vierges britanniques</translation>
    </message>
    <message>
        <source>Virgin Islands, U.S.</source>
        <comment>country</comment>
        <translation>Îles Vierges, États-Unis</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <comment>country</comment>
        <translation>Viêt Nam</translation>
    </message>
    <message>
        <source>Vanuatu</source>
        <comment>country</comment>
        <translation>Vanuatu</translation>
    </message>
    <message>
        <source>Wallis and Futuna</source>
        <comment>country</comment>
        <translation>Wallis et Futuna</translation>
    </message>
    <message>
        <source>Samoa</source>
        <comment>country</comment>
        <translation>Samoa</translation>
    </message>
    <message>
        <source>Yemen</source>
        <comment>country</comment>
        <translation>Yémen</translation>
    </message>
    <message>
        <source>South Africa</source>
        <comment>country</comment>
        <translation>Afrique du Sud</translation>
    </message>
    <message>
        <source>Zambia</source>
        <comment>country</comment>
        <translation>Zambie</translation>
    </message>
    <message>
        <source>Zimbabwe</source>
        <comment>country</comment>
        <translation>Zimbabwe</translation>
    </message>
    <message>
        <source>Afar</source>
        <comment>language</comment>
        <translation>afar</translation>
    </message>
    <message>
        <source>Abkhazian</source>
        <comment>language</comment>
        <translation>abkhaze</translation>
    </message>
    <message>
        <source>Avestan</source>
        <comment>language</comment>
        <translation>avestique</translation>
    </message>
    <message>
        <source>Afrikaans</source>
        <comment>language</comment>
        <translation>afrikaans</translation>
    </message>
    <message>
        <source>Akan</source>
        <comment>language</comment>
        <translation>akan</translation>
    </message>
    <message>
        <source>Amharic</source>
        <comment>language</comment>
        <translation>amharique</translation>
    </message>
    <message>
        <source>Aragonese</source>
        <comment>language</comment>
        <translation>aragonais</translation>
    </message>
    <message>
        <source>Arabic</source>
        <comment>language</comment>
        <translation>arabe</translation>
    </message>
    <message>
        <source>Assamese</source>
        <comment>language</comment>
        <translation>assamais</translation>
    </message>
    <message>
        <source>Avaric</source>
        <comment>language</comment>
        <translation>avar</translation>
    </message>
    <message>
        <source>Aymara</source>
        <comment>language</comment>
        <translation>aymara</translation>
    </message>
    <message>
        <source>Azerbaijani</source>
        <comment>language</comment>
        <translation>azéri</translation>
    </message>
    <message>
        <source>Bashkir</source>
        <comment>language</comment>
        <translation>bachkir</translation>
    </message>
    <message>
        <source>Belarusian</source>
        <comment>language</comment>
        <translation>biélorusse</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <comment>language</comment>
        <translation>bulgare</translation>
    </message>
    <message>
        <source>Bihari languages</source>
        <comment>language</comment>
        <translation>langues biharis</translation>
    </message>
    <message>
        <source>Bislama</source>
        <comment>language</comment>
        <translation>bichelamar</translation>
    </message>
    <message>
        <source>Bambara</source>
        <comment>language</comment>
        <translation>bambara</translation>
    </message>
    <message>
        <source>Bengali</source>
        <comment>language</comment>
        <translation>bengali</translation>
    </message>
    <message>
        <source>Tibetan</source>
        <comment>language</comment>
        <translation>tibétain</translation>
    </message>
    <message>
        <source>Breton</source>
        <comment>language</comment>
        <translation>breton</translation>
    </message>
    <message>
        <source>Bosnian</source>
        <comment>language</comment>
        <translation>bosniaque</translation>
    </message>
    <message>
        <source>Catalan</source>
        <comment>language</comment>
        <translation>Catalan</translation>
    </message>
    <message>
        <source>Chechen</source>
        <comment>language</comment>
        <translation>tchétchène</translation>
    </message>
    <message>
        <source>Chamorro</source>
        <comment>language</comment>
        <translation>chamorro</translation>
    </message>
    <message>
        <source>Corsican</source>
        <comment>language</comment>
        <translation>corse</translation>
    </message>
    <message>
        <source>Cree</source>
        <comment>language</comment>
        <translation>cri</translation>
    </message>
    <message>
        <source>Czech</source>
        <comment>language</comment>
        <translation>tchèque</translation>
    </message>
    <message>
        <source>Church Slavic</source>
        <comment>language</comment>
        <translation>Church Slavic</translation>
    </message>
    <message>
        <source>Chuvash</source>
        <comment>language</comment>
        <translation>tchouvache</translation>
    </message>
    <message>
        <source>Welsh</source>
        <comment>language</comment>
        <translation>gallois</translation>
    </message>
    <message>
        <source>Danish</source>
        <comment>language</comment>
        <translation>danois</translation>
    </message>
    <message>
        <source>German</source>
        <comment>language</comment>
        <translation>allemand</translation>
    </message>
    <message>
        <source>Divehi</source>
        <comment>language</comment>
        <translation>Divehi</translation>
    </message>
    <message>
        <source>Dzongkha</source>
        <comment>language</comment>
        <translation>dzongkha</translation>
    </message>
    <message>
        <source>Ewe</source>
        <comment>language</comment>
        <translation>éwé</translation>
    </message>
    <message>
        <source>Greek, Modern (1453-)</source>
        <comment>language</comment>
        <translation>grec moderne (après 1453)</translation>
    </message>
    <message>
        <source>English</source>
        <comment>language</comment>
        <translation>anglais</translation>
    </message>
    <message>
        <source>Esperanto</source>
        <comment>language</comment>
        <translation>espéranto</translation>
    </message>
    <message>
        <source>Spanish</source>
        <comment>language</comment>
        <translation>Spanish</translation>
    </message>
    <message>
        <source>Estonian</source>
        <comment>language</comment>
        <translation>estonien</translation>
    </message>
    <message>
        <source>Basque</source>
        <comment>language</comment>
        <translation>basque</translation>
    </message>
    <message>
        <source>Persian</source>
        <comment>language</comment>
        <translation>persan</translation>
    </message>
    <message>
        <source>Fulah</source>
        <comment>language</comment>
        <translation>peul</translation>
    </message>
    <message>
        <source>Finnish</source>
        <comment>language</comment>
        <translation>finnois</translation>
    </message>
    <message>
        <source>Fijian</source>
        <comment>language</comment>
        <translation>fidjien</translation>
    </message>
    <message>
        <source>Faroese</source>
        <comment>language</comment>
        <translation>féroïen</translation>
    </message>
    <message>
        <source>French</source>
        <comment>language</comment>
        <translation>français</translation>
    </message>
    <message>
        <source>Western Frisian</source>
        <comment>language</comment>
        <translation>frison occidental</translation>
    </message>
    <message>
        <source>Irish</source>
        <comment>language</comment>
        <translation>irlandais</translation>
    </message>
    <message>
        <source>Gaelic</source>
        <comment>language</comment>
        <translation>Gaelic</translation>
    </message>
    <message>
        <source>Galician</source>
        <comment>language</comment>
        <translation>galicien</translation>
    </message>
    <message>
        <source>Guarani</source>
        <comment>language</comment>
        <translation>guarani</translation>
    </message>
    <message>
        <source>Gujarati</source>
        <comment>language</comment>
        <translation>goudjarâtî (gujrâtî)</translation>
    </message>
    <message>
        <source>Manx</source>
        <comment>language</comment>
        <translation>mannois</translation>
    </message>
    <message>
        <source>Hausa</source>
        <comment>language</comment>
        <translation>haoussa</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <comment>language</comment>
        <translation>hébreu</translation>
    </message>
    <message>
        <source>Hindi</source>
        <comment>language</comment>
        <translation>hindi</translation>
    </message>
    <message>
        <source>Hiri Motu</source>
        <comment>language</comment>
        <translation>hiri motu</translation>
    </message>
    <message>
        <source>Croatian</source>
        <comment>language</comment>
        <translation>croate</translation>
    </message>
    <message>
        <source>Haitian</source>
        <comment>language</comment>
        <translation>Haitian</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <comment>language</comment>
        <translation>hongrois</translation>
    </message>
    <message>
        <source>Armenian</source>
        <comment>language</comment>
        <translation>arménien</translation>
    </message>
    <message>
        <source>Herero</source>
        <comment>language</comment>
        <translation>herero</translation>
    </message>
    <message>
        <source>Interlingua (International Auxiliary Language Association)</source>
        <comment>language</comment>
        <translation>interlingua (association pour une langue auxiliaire internationale)</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <comment>language</comment>
        <translation>indonésien</translation>
    </message>
    <message>
        <source>Interlingue</source>
        <comment>language</comment>
        <translation>Interlingue</translation>
    </message>
    <message>
        <source>Igbo</source>
        <comment>language</comment>
        <translation>igbo</translation>
    </message>
    <message>
        <source>Sichuan Yi</source>
        <comment>language</comment>
        <translation>Sichuan Yi</translation>
    </message>
    <message>
        <source>Inupiaq</source>
        <comment>language</comment>
        <translation>inupiaq</translation>
    </message>
    <message>
        <source>Ido</source>
        <comment>language</comment>
        <translation>ido</translation>
    </message>
    <message>
        <source>Icelandic</source>
        <comment>language</comment>
        <translation>islandais</translation>
    </message>
    <message>
        <source>Italian</source>
        <comment>language</comment>
        <translation>italien</translation>
    </message>
    <message>
        <source>Inuktitut</source>
        <comment>language</comment>
        <translation>inuktitut</translation>
    </message>
    <message>
        <source>Japanese</source>
        <comment>language</comment>
        <translation>japonais</translation>
    </message>
    <message>
        <source>Javanese</source>
        <comment>language</comment>
        <translation>javanais</translation>
    </message>
    <message>
        <source>Georgian</source>
        <comment>language</comment>
        <translation>géorgien</translation>
    </message>
    <message>
        <source>Kongo</source>
        <comment>language</comment>
        <translation>kongo</translation>
    </message>
    <message>
        <source>Kikuyu</source>
        <comment>language</comment>
        <translation>Kikuyu</translation>
    </message>
    <message>
        <source>Kuanyama</source>
        <comment>language</comment>
        <translation>Kuanyama</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <comment>language</comment>
        <translation>kazakh</translation>
    </message>
    <message>
        <source>Kalaallisut</source>
        <comment>language</comment>
        <translation>Kalaallisut</translation>
    </message>
    <message>
        <source>Central Khmer</source>
        <comment>language</comment>
        <translation>khmer central</translation>
    </message>
    <message>
        <source>Kannada</source>
        <comment>language</comment>
        <translation>kannara (canara)</translation>
    </message>
    <message>
        <source>Korean</source>
        <comment>language</comment>
        <translation>coréen</translation>
    </message>
    <message>
        <source>Kanuri</source>
        <comment>language</comment>
        <translation>kanouri</translation>
    </message>
    <message>
        <source>Kashmiri</source>
        <comment>language</comment>
        <translation>kashmiri</translation>
    </message>
    <message>
        <source>Kurdish</source>
        <comment>language</comment>
        <translation>kurde</translation>
    </message>
    <message>
        <source>Komi</source>
        <comment>language</comment>
        <translation>komi</translation>
    </message>
    <message>
        <source>Cornish</source>
        <comment>language</comment>
        <translation>cornique</translation>
    </message>
    <message>
        <source>Kirghiz</source>
        <comment>language</comment>
        <translation>Kirghiz</translation>
    </message>
    <message>
        <source>Latin</source>
        <comment>language</comment>
        <translation>latin</translation>
    </message>
    <message>
        <source>Luxembourgish</source>
        <comment>language</comment>
        <translation>Luxembourgish</translation>
    </message>
    <message>
        <source>Ganda</source>
        <comment>language</comment>
        <translation>ganda</translation>
    </message>
    <message>
        <source>Limburgan</source>
        <comment>language</comment>
        <translation>Limburgan</translation>
    </message>
    <message>
        <source>Lingala</source>
        <comment>language</comment>
        <translation>lingala</translation>
    </message>
    <message>
        <source>Lao</source>
        <comment>language</comment>
        <translation>laotien</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <comment>language</comment>
        <translation>lituanien</translation>
    </message>
    <message>
        <source>Luba-Katanga</source>
        <comment>language</comment>
        <translation>luba-katanga</translation>
    </message>
    <message>
        <source>Latvian</source>
        <comment>language</comment>
        <translation>letton</translation>
    </message>
    <message>
        <source>Malagasy</source>
        <comment>language</comment>
        <translation>malgache</translation>
    </message>
    <message>
        <source>Marshallese</source>
        <comment>language</comment>
        <translation>marshallais</translation>
    </message>
    <message>
        <source>Maori</source>
        <comment>language</comment>
        <translation>maori</translation>
    </message>
    <message>
        <source>Macedonian</source>
        <comment>language</comment>
        <translation>macédonien</translation>
    </message>
    <message>
        <source>Malayalam</source>
        <comment>language</comment>
        <translation>malayalam</translation>
    </message>
    <message>
        <source>Mongolian</source>
        <comment>language</comment>
        <translation>mongol</translation>
    </message>
    <message>
        <source>Marathi</source>
        <comment>language</comment>
        <translation>marathe</translation>
    </message>
    <message>
        <source>Malay</source>
        <comment>language</comment>
        <translation>malais</translation>
    </message>
    <message>
        <source>Maltese</source>
        <comment>language</comment>
        <translation>maltais</translation>
    </message>
    <message>
        <source>Burmese</source>
        <comment>language</comment>
        <translation>birman</translation>
    </message>
    <message>
        <source>Nauru</source>
        <comment>language</comment>
        <translation>Nauru</translation>
    </message>
    <message>
        <source>Bokmål, Norwegian</source>
        <comment>language</comment>
        <translation>Bokmål, Norwegian</translation>
    </message>
    <message>
        <source>Ndebele, North</source>
        <comment>language</comment>
        <translation>Ndebele, North</translation>
    </message>
    <message>
        <source>Nepali</source>
        <comment>language</comment>
        <translation>népalais</translation>
    </message>
    <message>
        <source>Ndonga</source>
        <comment>language</comment>
        <translation>ndonga</translation>
    </message>
    <message>
        <source>Dutch</source>
        <comment>language</comment>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>Norwegian Nynorsk</source>
        <comment>language</comment>
        <translation>Norwegian Nynorsk</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <comment>language</comment>
        <translation>norvégien</translation>
    </message>
    <message>
        <source>Ndebele, South</source>
        <comment>language</comment>
        <translation>Ndebele, South</translation>
    </message>
    <message>
        <source>Navajo</source>
        <comment>language</comment>
        <translation>Navajo</translation>
    </message>
    <message>
        <source>Chichewa</source>
        <comment>language</comment>
        <translation>Chichewa</translation>
    </message>
    <message>
        <source>Occitan (post 1500)</source>
        <comment>language</comment>
        <translation>Occitan (post 1500)</translation>
    </message>
    <message>
        <source>Ojibwa</source>
        <comment>language</comment>
        <translation>ojibwa</translation>
    </message>
    <message>
        <source>Oromo</source>
        <comment>language</comment>
        <translation>oromo</translation>
    </message>
    <message>
        <source>Oriya</source>
        <comment>language</comment>
        <translation>oriya</translation>
    </message>
    <message>
        <source>Ossetian</source>
        <comment>language</comment>
        <translation>Ossetian</translation>
    </message>
    <message>
        <source>Panjabi</source>
        <comment>language</comment>
        <translation>Panjabi</translation>
    </message>
    <message>
        <source>Pali</source>
        <comment>language</comment>
        <translation>pali</translation>
    </message>
    <message>
        <source>Polish</source>
        <comment>language</comment>
        <translation>polonais</translation>
    </message>
    <message>
        <source>Pushto</source>
        <comment>language</comment>
        <translation>Pushto</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <comment>language</comment>
        <translation>portugais</translation>
    </message>
    <message>
        <source>Quechua</source>
        <comment>language</comment>
        <translation>quechua</translation>
    </message>
    <message>
        <source>Romansh</source>
        <comment>language</comment>
        <translation>romanche</translation>
    </message>
    <message>
        <source>Rundi</source>
        <comment>language</comment>
        <translation>rundi</translation>
    </message>
    <message>
        <source>Romanian</source>
        <comment>language</comment>
        <translation>Romanian</translation>
    </message>
    <message>
        <source>Russian</source>
        <comment>language</comment>
        <translation>russe</translation>
    </message>
    <message>
        <source>Kinyarwanda</source>
        <comment>language</comment>
        <translation>kinyarwanda</translation>
    </message>
    <message>
        <source>Sanskrit</source>
        <comment>language</comment>
        <translation>sanskrit</translation>
    </message>
    <message>
        <source>Sardinian</source>
        <comment>language</comment>
        <translation>sarde</translation>
    </message>
    <message>
        <source>Sindhi</source>
        <comment>language</comment>
        <translation>sindhi</translation>
    </message>
    <message>
        <source>Northern Sami</source>
        <comment>language</comment>
        <translation>same du Nord</translation>
    </message>
    <message>
        <source>Sango</source>
        <comment>language</comment>
        <translation>sango</translation>
    </message>
    <message>
        <source>Sinhala</source>
        <comment>language</comment>
        <translation>Sinhala</translation>
    </message>
    <message>
        <source>Slovak</source>
        <comment>language</comment>
        <translation>slovaque</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <comment>language</comment>
        <translation>slovène</translation>
    </message>
    <message>
        <source>Samoan</source>
        <comment>language</comment>
        <translation>samoan</translation>
    </message>
    <message>
        <source>Shona</source>
        <comment>language</comment>
        <translation>shona</translation>
    </message>
    <message>
        <source>Somali</source>
        <comment>language</comment>
        <translation>somali</translation>
    </message>
    <message>
        <source>Albanian</source>
        <comment>language</comment>
        <translation>albanais</translation>
    </message>
    <message>
        <source>Serbian</source>
        <comment>language</comment>
        <translation>serbe</translation>
    </message>
    <message>
        <source>Swati</source>
        <comment>language</comment>
        <translation>swati</translation>
    </message>
    <message>
        <source>Sotho, Southern</source>
        <comment>language</comment>
        <translation>sotho du Sud</translation>
    </message>
    <message>
        <source>Sundanese</source>
        <comment>language</comment>
        <translation>sundanais</translation>
    </message>
    <message>
        <source>Swedish</source>
        <comment>language</comment>
        <translation>suédois</translation>
    </message>
    <message>
        <source>Swahili</source>
        <comment>language</comment>
        <translation>swahili</translation>
    </message>
    <message>
        <source>Tamil</source>
        <comment>language</comment>
        <translation>tamoul</translation>
    </message>
    <message>
        <source>Telugu</source>
        <comment>language</comment>
        <translation>télougou</translation>
    </message>
    <message>
        <source>Tajik</source>
        <comment>language</comment>
        <translation>tadjik</translation>
    </message>
    <message>
        <source>Thai</source>
        <comment>language</comment>
        <translation>thaï</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <comment>language</comment>
        <translation>tigrigna</translation>
    </message>
    <message>
        <source>Turkmen</source>
        <comment>language</comment>
        <translation>turkmène</translation>
    </message>
    <message>
        <source>Tagalog</source>
        <comment>language</comment>
        <translation>tagalog</translation>
    </message>
    <message>
        <source>Tswana</source>
        <comment>language</comment>
        <translation>tswana</translation>
    </message>
    <message>
        <source>Tonga (Tonga Islands)</source>
        <comment>language</comment>
        <translation>tongien (Îles Tonga)</translation>
    </message>
    <message>
        <source>Turkish</source>
        <comment>language</comment>
        <translation>turc</translation>
    </message>
    <message>
        <source>Tsonga</source>
        <comment>language</comment>
        <translation>tsonga</translation>
    </message>
    <message>
        <source>Tatar</source>
        <comment>language</comment>
        <translation>tatar</translation>
    </message>
    <message>
        <source>Twi</source>
        <comment>language</comment>
        <translation>twi</translation>
    </message>
    <message>
        <source>Tahitian</source>
        <comment>language</comment>
        <translation>tahitien</translation>
    </message>
    <message>
        <source>Uighur</source>
        <comment>language</comment>
        <translation>Uighur</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <comment>language</comment>
        <translation>ukrainien</translation>
    </message>
    <message>
        <source>Urdu</source>
        <comment>language</comment>
        <translation>ourdou</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <comment>language</comment>
        <translation>ouszbek</translation>
    </message>
    <message>
        <source>Venda</source>
        <comment>language</comment>
        <translation>venda</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <comment>language</comment>
        <translation>vietnamien</translation>
    </message>
    <message>
        <source>Volapük</source>
        <comment>language</comment>
        <translation>volapük</translation>
    </message>
    <message>
        <source>Walloon</source>
        <comment>language</comment>
        <translation>wallon</translation>
    </message>
    <message>
        <source>Wolof</source>
        <comment>language</comment>
        <translation>wolof</translation>
    </message>
    <message>
        <source>Xhosa</source>
        <comment>language</comment>
        <translation>xhosa</translation>
    </message>
    <message>
        <source>Yiddish</source>
        <comment>language</comment>
        <translation>yiddish</translation>
    </message>
    <message>
        <source>Yoruba</source>
        <comment>language</comment>
        <translation>yoruba</translation>
    </message>
    <message>
        <source>Zhuang</source>
        <comment>language</comment>
        <translation>Zhuang</translation>
    </message>
    <message>
        <source>Chinese</source>
        <comment>language</comment>
        <translation>chinois</translation>
    </message>
    <message>
        <source>Zulu</source>
        <comment>language</comment>
        <translation>zoulou</translation>
    </message>
    <message>
        <source>Thematic areas (MOU Article 4.1)</source>
        <translation>Domaines thématiques (MOU, article 4.1)</translation>
    </message>
    <message>
        <source>Activity kinds</source>
        <translation>Natures d'activité</translation>
    </message>
    <message>
        <source>Activity statuses</source>
        <translation>Statuts d'activité</translation>
    </message>
    <message>
        <source>Office levels</source>
        <translation>Niveaux de bureau</translation>
    </message>
    <message>
        <source>Focal point levels (MOU 1.3)</source>
        <translation>Niveaux de point focal (MOU 1.3)</translation>
    </message>
    <message>
        <source>Meeting kinds</source>
        <translation>Natures de réunion</translation>
    </message>
    <message>
        <source>Action item statuses</source>
        <translation>Statuts des suites à donner</translation>
    </message>
    <message>
        <source>Information classification (MOU 3.1, 3.2, 3.6)</source>
        <translation>Classification des informations (MOU 3.1, 3.2, 3.6)</translation>
    </message>
    <message>
        <source>Cooperation request statuses</source>
        <translation>Statuts des demandes de coopération</translation>
    </message>
    <message>
        <source>Project agreement statuses</source>
        <translation>Statuts des accords de projet</translation>
    </message>
    <message>
        <source>Agreement statuses</source>
        <translation>Statuts d'accord</translation>
    </message>
    <message>
        <source>Intellectual property items (MOU 3.3)</source>
        <translation>Éléments de propriété intellectuelle (MOU 3.3)</translation>
    </message>
    <message>
        <source>IP-use approval statuses</source>
        <translation>Statuts des autorisations d'usage de PI</translation>
    </message>
    <message>
        <source>Organisation types</source>
        <translation>Types d'organisation</translation>
    </message>
    <message>
        <source>Consent methods (MOU 3.6)</source>
        <translation>Méthodes de consentement (MOU 3.6)</translation>
    </message>
    <message>
        <source>Countries (ISO 3166-1)</source>
        <translation>Pays (ISO 3166-1)</translation>
    </message>
    <message>
        <source>Languages (ISO 639-1)</source>
        <translation>Langues (ISO 639-1)</translation>
    </message>
</context>
</TS>