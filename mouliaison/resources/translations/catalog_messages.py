# ruff: noqa: E501
"""French and Spanish for the lower layers' messages (context "messages"; domain.messages.Message).

template -> (French, Spanish). A translation keeps every {parameter} of its template (the
window fills them in: labels translated, numbers and dates the locale's way); a format spec such
as {limit:,} may be written {limit}. Read by domain_messages.py; not used at run time.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    # rules of record types (domain/record_types.py through domain/rules.py)
    "a confirmation names who confirmed and when": ("une confirmation indique qui a confirmé et quand", "una confirmación indica quién confirmó y cuándo"),
    "an agreement is between two different parties": ("un accord lie deux parties différentes", "un acuerdo es entre dos partes diferentes"),
    "a termination notice names who gave it and when it was delivered": ("un préavis de dénonciation indique qui l'a donné et quand il a été remis", "un aviso de terminación indica quién lo dio y cuándo se entregó"),
    "a notice given needs the date it was delivered": ("un préavis donné doit avoir sa date de remise", "un aviso dado necesita la fecha en que se entregó"),
    "the designation": ("la désignation", "la designación"),
    "the plan": ("le plan", "el plan"),
    "the activity": ("l'activité", "la actividad"),
    "information goes from one party to the other": ("l'information va d'une partie à l'autre", "la información va de una parte a la otra"),
    "a party requests the cooperation of the other": ("une partie demande la coopération de l'autre", "una parte solicita la cooperación de la otra"),
    "the request": ("la demande", "la solicitud"),
    "the project": ("le projet", "el proyecto"),
    "approval is for the other party's IP (MOU 3.3)": ("l'autorisation porte sur la PI de l'autre partie (MOU 3.3)", "la autorización es para la PI de la otra parte (MOU 3.3)"),
    "an approval needs its date": ("une autorisation doit avoir sa date", "una autorización necesita su fecha"),
    "the approval": ("l'autorisation", "la autorización"),
    "the consent": ("le consentement", "el consentimiento"),
    "a withdrawal names the consent it withdraws and its date": ("un retrait indique le consentement qu'il retire et sa date", "una retirada indica el consentimiento que retira y su fecha"),
    "'{recipient}' is not a recipient; write partner, any-third-party or third-party:NAME": ("« {recipient} » n'est pas un destinataire ; écrivez partner, any-third-party ou third-party:NOM", "«{recipient}» no es un destinatario; escriba partner, any-third-party o third-party:NOMBRE"),
    "{what} ends on {last} before it starts on {first}": ("{what} se termine le {last}, avant de commencer le {first}", "{what} termina el {last}, antes de empezar el {first}"),
    "entry into force must be the later signature date, {date}": ("l'entrée en vigueur doit être la date de la dernière signature, {date}", "la entrada en vigor debe ser la fecha de la última firma, {date}"),
    # validation (domain/validation.py)
    "{label} is {length:,} characters long as Excel counts them (an emoji or a rare letter counts 2); the limit is {limit:,}": ("{label} compte {length} caractères comme Excel les compte (un emoji ou une lettre rare compte 2) ; la limite est {limit}", "{label} tiene {length} caracteres tal como los cuenta Excel (un emoji o una letra poco común cuenta 2); el límite es {limit}"),
    "{label} {problem}": ("{label} : {problem}", "{label}: {problem}"),
    "{label}: {problem}": ("{label} : {problem}", "{label}: {problem}"),
    "'{value}' is not an email address (name@example.org)": ("« {value} » n'est pas une adresse électronique (nom@exemple.org)", "«{value}» no es una dirección de correo electrónico (nombre@ejemplo.org)"),
    "'{value}' is not a phone number (digits, spaces, + - ( ) .)": ("« {value} » n'est pas un numéro de téléphone (chiffres, espaces, + - ( ) .)", "«{value}» no es un número de teléfono (cifras, espacios, + - ( ) .)"),
    "{label} cannot be less than {minimum}": ("{label} : pas moins de {minimum}", "{label}: no menos de {minimum}"),
    "{type} has no field '{key}'; its fields are: {known}": ("{type} n'a pas de champ « {key} » ; ses champs sont : {known}", "{type} no tiene el campo «{key}»; sus campos son: {known}"),
    "{label} is required": ("{label} : obligatoire", "{label}: obligatorio"),
    "{codes} not allowed; use codes such as: {sample}": ("{codes} non autorisé ; utilisez des codes comme : {sample}", "{codes} no permitido; use códigos como: {sample}"),
    "no {target} with id {ids}": ("aucune fiche {target} avec l'identifiant {ids}", "ningún registro {target} con el identificador {ids}"),
    # values (domain/values.py)
    "holds an invisible control character (U+{code}) that spreadsheets cannot keep; remove it (copied text sometimes carries one) and try again": ("contient un caractère de contrôle invisible (U+{code}) que les tableurs ne peuvent pas garder ; supprimez-le (un texte copié en contient parfois) et réessayez", "contiene un carácter de control invisible (U+{code}) que las hojas de cálculo no pueden conservar; elimínelo (un texto copiado a veces lo trae) e inténtelo de nuevo"),
    "{date} is outside the dates spreadsheets can show ({earliest} to {latest}); check the year": ("{date} est en dehors des dates que les tableurs peuvent afficher ({earliest} à {latest}) ; vérifiez l'année", "{date} está fuera de las fechas que las hojas de cálculo pueden mostrar ({earliest} a {latest}); compruebe el año"),
    "expected true or false, got {kind}": ("vrai ou faux attendu, reçu {kind}", "se esperaba verdadero o falso, se recibió {kind}"),
    "expected text, got {kind}": ("texte attendu, reçu {kind}", "se esperaba texto, se recibió {kind}"),
    "'{text}' is not yes or no; write true or false": ("« {text} » n'est ni oui ni non ; écrivez true ou false", "«{text}» no es sí ni no; escriba true o false"),
    "expected a date, got {kind}": ("date attendue, reçu {kind}", "se esperaba una fecha, se recibió {kind}"),
    "expected a list, got {kind}": ("liste attendue, reçu {kind}", "se esperaba una lista, se recibió {kind}"),
    "expected a whole number, got {kind}": ("nombre entier attendu, reçu {kind}", "se esperaba un número entero, se recibió {kind}"),
    "expected a list of text, got {kind}": ("liste de textes attendue, reçu {kind}", "se esperaba una lista de textos, se recibió {kind}"),
    "'{text}' is not a date; write it as YYYY-MM-DD, e.g. 2018-05-08": ("« {text} » n'est pas une date ; écrivez-la AAAA-MM-JJ, par exemple 2018-05-08", "«{text}» no es una fecha; escríbala como AAAA-MM-DD, por ejemplo 2018-05-08"),
    "expected a date without a time of day": ("date attendue sans heure", "se esperaba una fecha sin hora"),
    "'{text}' is not a date": ("« {text} » n'est pas une date", "«{text}» no es una fecha"),
    "'{text}' is not a whole number": ("« {text} » n'est pas un nombre entier", "«{text}» no es un número entero"),
    # services (services/records.py)
    "this person's personal data was erased on request (MOU 3.6)": ("les données personnelles de cette personne ont été effacées à sa demande (MOU 3.6)", "los datos personales de esta persona se borraron a petición (MOU 3.6)"),
    "{who} refer to this {type}; change them first, or delete it anyway with --force (they will name a deleted record)": ("{who} renvoient à cette fiche ({type}) ; modifiez-les d'abord, ou supprimez-la quand même avec --force (elles nommeront une fiche supprimée)", "{who} remiten a este registro ({type}); cámbielos primero, o elimínelo de todos modos con --force (nombrarán un registro eliminado)"),
    "no {target} is called '{name}'; give its name exactly, or its id": ("aucune fiche {target} ne s'appelle « {name} » ; donnez son nom exact, ou son identifiant", "ningún registro {target} se llama «{name}»; indique su nombre exacto o su identificador"),
    "{count} records of type {target} are called '{name}'; give the id of one: {ids}": ("{count} fiches de type {target} s'appellent « {name} » ; donnez l'identifiant de l'une d'elles : {ids}", "{count} registros de tipo {target} se llaman «{name}»; indique el identificador de uno: {ids}"),
    "'{title}': {problem}": ("« {title} » : {problem}", "«{title}»: {problem}"),
    # refused files (sync/refusals.py, sync/file_checks.py)
    '"{name}" is not an Excel workbook (.xlsx): it is not even a zip archive, as every .xlsx file is. It may be damaged, or another kind of file renamed. Ask the sender for the workbook saved from Excel as .xlsx.':
        ("« {name} » n'est pas un classeur Excel (.xlsx) : ce n'est même pas une archive zip, comme l'est tout fichier .xlsx. Il est peut-être endommagé, ou c'est un autre type de fichier renommé. Demandez à l'expéditeur le classeur enregistré depuis Excel en .xlsx.",
         "«{name}» no es un libro de Excel (.xlsx): ni siquiera es un archivo zip, como lo es todo archivo .xlsx. Puede estar dañado, o ser otro tipo de archivo renombrado. Pida al remitente el libro guardado desde Excel como .xlsx."),
    '"{name}" is an old Excel 97-2003 workbook (.xls), which this app does not read. Open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx), then import the new file.':
        ("« {name} » est un ancien classeur Excel 97-2003 (.xls), que cette application ne lit pas. Ouvrez-le dans Excel ou LibreOffice et enregistrez-le comme classeur Excel (.xlsx), puis importez le nouveau fichier.",
         "«{name}» es un libro antiguo de Excel 97-2003 (.xls), que esta aplicación no lee. Ábralo en Excel o LibreOffice y guárdelo como libro de Excel (.xlsx); luego importe el archivo nuevo."),
    '"{name}" is a PDF document, not an Excel workbook (.xlsx). Ask the sender for the workbook saved from Excel as .xlsx.':
        ("« {name} » est un document PDF, pas un classeur Excel (.xlsx). Demandez à l'expéditeur le classeur enregistré depuis Excel en .xlsx.",
         "«{name}» es un documento PDF, no un libro de Excel (.xlsx). Pida al remitente el libro guardado desde Excel como .xlsx."),
    '"{name}" is a picture, not an Excel workbook (.xlsx). Ask the sender for the workbook saved from Excel as .xlsx.':
        ("« {name} » est une image, pas un classeur Excel (.xlsx). Demandez à l'expéditeur le classeur enregistré depuis Excel en .xlsx.",
         "«{name}» es una imagen, no un libro de Excel (.xlsx). Pida al remitente el libro guardado desde Excel como .xlsx."),
    '"{name}" is a compressed archive of another kind (RAR, 7-Zip or gzip), not an Excel workbook (.xlsx). Unpack it first and import the .xlsx inside.':
        ("« {name} » est une archive compressée d'un autre type (RAR, 7-Zip ou gzip), pas un classeur Excel (.xlsx). Décompressez-la d'abord et importez le .xlsx qu'elle contient.",
         "«{name}» es un archivo comprimido de otro tipo (RAR, 7-Zip o gzip), no un libro de Excel (.xlsx). Descomprímalo primero e importe el .xlsx que contiene."),
    '"{name}" is a plain text file (a CSV file or similar, renamed), not an Excel workbook (.xlsx). Open it in Excel or LibreOffice, check the columns, save it as an Excel workbook (.xlsx) and import that.':
        ("« {name} » est un fichier texte (un fichier CSV ou semblable, renommé), pas un classeur Excel (.xlsx). Ouvrez-le dans Excel ou LibreOffice, vérifiez les colonnes, enregistrez-le comme classeur Excel (.xlsx) et importez celui-ci.",
         "«{name}» es un archivo de texto (un archivo CSV o similar, renombrado), no un libro de Excel (.xlsx). Ábralo en Excel o LibreOffice, revise las columnas, guárdelo como libro de Excel (.xlsx) e importe ese."),
    '"{name}" is empty (0 bytes): it was probably not saved or copied completely. Ask the sender to send it again.':
        ("« {name} » est vide (0 octet) : il n'a probablement pas été enregistré ou copié complètement. Demandez à l'expéditeur de l'envoyer à nouveau.",
         "«{name}» está vacío (0 bytes): probablemente no se guardó o copió por completo. Pida al remitente que lo envíe de nuevo."),
    '"{name}" is {size}, more than the {limit} this app accepts. Ask the sender to split it into smaller workbooks.':
        ("« {name} » fait {size}, plus que les {limit} que cette application accepte. Demandez à l'expéditeur de le diviser en classeurs plus petits.",
         "«{name}» ocupa {size}, más de los {limit} que acepta esta aplicación. Pida al remitente que lo divida en libros más pequeños."),
    '"{name}" is protected with a password (an encrypted workbook), so it cannot be read. Open it in Excel or LibreOffice with the password, remove the password, save it again as .xlsx and import the new file.':
        ("« {name} » est protégé par un mot de passe (un classeur chiffré) : il ne peut pas être lu. Ouvrez-le dans Excel ou LibreOffice avec le mot de passe, retirez le mot de passe, enregistrez-le à nouveau en .xlsx et importez le nouveau fichier.",
         "«{name}» está protegido con contraseña (un libro cifrado), así que no se puede leer. Ábralo en Excel o LibreOffice con la contraseña, quite la contraseña, guárdelo de nuevo como .xlsx e importe el archivo nuevo."),
    '"{name}" is an old Word document (.doc), not an Excel workbook. Ask the sender for the Excel workbook (.xlsx).':
        ("« {name} » est un ancien document Word (.doc), pas un classeur Excel. Demandez à l'expéditeur le classeur Excel (.xlsx).",
         "«{name}» es un documento antiguo de Word (.doc), no un libro de Excel. Pida al remitente el libro de Excel (.xlsx)."),
    '"{name}" is an old PowerPoint presentation (.ppt), not an Excel workbook. Ask the sender for the Excel workbook (.xlsx).':
        ("« {name} » est une ancienne présentation PowerPoint (.ppt), pas un classeur Excel. Demandez à l'expéditeur le classeur Excel (.xlsx).",
         "«{name}» es una presentación antigua de PowerPoint (.ppt), no un libro de Excel. Pida al remitente el libro de Excel (.xlsx)."),
    '"{name}" is an Excel 2003 XML spreadsheet, not an Excel workbook (.xlsx). Open it in Excel or LibreOffice, check the columns, save it as an Excel workbook (.xlsx) and import that.':
        ("« {name} » est une feuille de calcul XML Excel 2003, pas un classeur Excel (.xlsx). Ouvrez-la dans Excel ou LibreOffice, vérifiez les colonnes, enregistrez-la comme classeur Excel (.xlsx) et importez celui-ci.",
         "«{name}» es una hoja de cálculo XML de Excel 2003, no un libro de Excel (.xlsx). Ábrala en Excel o LibreOffice, revise las columnas, guárdela como libro de Excel (.xlsx) e importe ese."),
    '"{name}" is a web page (HTML) with a workbook\'s name, not an Excel workbook (.xlsx). Open it in Excel or LibreOffice, check the columns, save it as an Excel workbook (.xlsx) and import that.':
        ("« {name} » est une page web (HTML) avec un nom de classeur, pas un classeur Excel (.xlsx). Ouvrez-la dans Excel ou LibreOffice, vérifiez les colonnes, enregistrez-la comme classeur Excel (.xlsx) et importez celui-ci.",
         "«{name}» es una página web (HTML) con nombre de libro, no un libro de Excel (.xlsx). Ábrala en Excel o LibreOffice, revise las columnas, guárdela como libro de Excel (.xlsx) e importe ese."),
    '"{name}" was not found (looked for {path}). Check the name and the folder, then choose the file again.':
        ("« {name} » est introuvable (cherché : {path}). Vérifiez le nom et le dossier, puis choisissez à nouveau le fichier.",
         "No se encontró «{name}» (se buscó {path}). Compruebe el nombre y la carpeta, y elija el archivo de nuevo."),
    '"{name}" is a folder, not a workbook file. Open the folder and choose the .xlsx workbook inside it.':
        ("« {name} » est un dossier, pas un fichier de classeur. Ouvrez le dossier et choisissez le classeur .xlsx qu'il contient.",
         "«{name}» es una carpeta, no un archivo de libro. Abra la carpeta y elija el libro .xlsx que contiene."),
    '"{name}" could not be read ({reason}). Check that you are allowed to open it and that its drive is still connected, or copy it to this computer and try again.':
        ("« {name} » n'a pas pu être lu ({reason}). Vérifiez que vous avez le droit de l'ouvrir et que son disque est toujours connecté, ou copiez-le sur cet ordinateur et réessayez.",
         "No se pudo leer «{name}» ({reason}). Compruebe que tiene permiso para abrirlo y que su unidad sigue conectada, o cópielo a este ordenador e inténtelo de nuevo."),
    '"{name}" is incomplete: the file was cut off, probably while it was being copied, downloaded or saved. Ask the sender to send it again (or copy it again from the USB drive).':
        ("« {name} » est incomplet : le fichier a été tronqué, probablement pendant sa copie, son téléchargement ou son enregistrement. Demandez à l'expéditeur de l'envoyer à nouveau (ou copiez-le à nouveau depuis la clé USB).",
         "«{name}» está incompleto: el archivo se cortó, probablemente mientras se copiaba, descargaba o guardaba. Pida al remitente que lo envíe de nuevo (o cópielo otra vez desde la memoria USB)."),
    '"{name}" is damaged ({detail}). Ask the sender to send it again; if the new copy is damaged too, ask them to open it in Excel and save it under a new name.':
        ("« {name} » est endommagé ({detail}). Demandez à l'expéditeur de l'envoyer à nouveau ; si la nouvelle copie est endommagée aussi, demandez-lui de l'ouvrir dans Excel et de l'enregistrer sous un nouveau nom.",
         "«{name}» está dañado ({detail}). Pida al remitente que lo envíe de nuevo; si la nueva copia también está dañada, pídale que lo abra en Excel y lo guarde con otro nombre."),
    '"{name}" is a macro-enabled workbook (it contains macros), which this app does not accept. Open it in Excel, save it as "Excel Workbook (.xlsx)" without macros, and import the new file.':
        ("« {name} » est un classeur prenant en charge les macros (il contient des macros), que cette application n'accepte pas. Ouvrez-le dans Excel, enregistrez-le comme « Classeur Excel (.xlsx) » sans macros, et importez le nouveau fichier.",
         "«{name}» es un libro habilitado para macros (contiene macros), que esta aplicación no acepta. Ábralo en Excel, guárdelo como «Libro de Excel (.xlsx)» sin macros e importe el archivo nuevo."),
    # the import report's notes (sync/hand_edits.py, sync/sheet_proposal.py, sync/names_in_cells.py)
    "{sheet} row {rows}: not imported because of their rejected cells; fix those cells and import the sheet again (the rows imported now will not come twice)":
        ("{sheet}, ligne {rows} : non importée à cause de ses cellules rejetées ; corrigez ces cellules et importez à nouveau la feuille (les lignes importées maintenant ne viendront pas deux fois)",
         "{sheet}, fila {rows}: no importada por sus celdas rechazadas; corrija esas celdas e importe la hoja de nuevo (las filas importadas ahora no vendrán dos veces)"),
    "{sheet} rows {rows}: not imported because of their rejected cells; fix those cells and import the sheet again (the rows imported now will not come twice)":
        ("{sheet}, lignes {rows} : non importées à cause de leurs cellules rejetées ; corrigez ces cellules et importez à nouveau la feuille (les lignes importées maintenant ne viendront pas deux fois)",
         "{sheet}, filas {rows}: no importadas por sus celdas rechazadas; corrija esas celdas e importe la hoja de nuevo (las filas importadas ahora no vendrán dos veces)"),
    "{sheet} row {rows}: imported without its rejected cells; fix those cells (or the mapping) and import the sheet again: the row completes its record, it does not come twice":
        ("{sheet}, ligne {rows} : importée sans ses cellules rejetées ; corrigez ces cellules (ou la correspondance des colonnes) et importez à nouveau la feuille : la ligne complète sa fiche, elle ne vient pas deux fois",
         "{sheet}, fila {rows}: importada sin sus celdas rechazadas; corrija esas celdas (o la correspondencia de columnas) e importe la hoja de nuevo: la fila completa su registro, no viene dos veces"),
    "{sheet} rows {rows}: imported without their rejected cells; fix those cells (or the mapping) and import the sheet again: the rows complete their records, they do not come twice":
        ("{sheet}, lignes {rows} : importées sans leurs cellules rejetées ; corrigez ces cellules (ou la correspondance des colonnes) et importez à nouveau la feuille : les lignes complètent leurs fiches, elles ne viennent pas deux fois",
         "{sheet}, filas {rows}: importadas sin sus celdas rechazadas; corrija esas celdas (o la correspondencia de columnas) e importe la hoja de nuevo: las filas completan sus registros, no vienen dos veces"),
    "{count} rows differ from what a copy of these sheets read before said, and this file holds no time it was saved (a CSV file does not), so it reads as the older copy: those cells were not taken. To take them, save the file as .xlsx or .ods and import that":
        ("{count} lignes diffèrent de ce que disait une copie de ces feuilles lue auparavant, et ce fichier n'indique pas quand il a été enregistré (un fichier CSV ne le fait pas) : il compte donc comme la copie la plus ancienne et ces cellules n'ont pas été prises. Pour les prendre, enregistrez le fichier en .xlsx ou .ods et importez celui-ci",
         "{count} filas difieren de lo que decía una copia de estas hojas leída antes, y este archivo no indica cuándo se guardó (un archivo CSV no lo hace): cuenta como la copia más antigua y esas celdas no se tomaron. Para tomarlas, guarde el archivo como .xlsx u .ods e importe ese"),
    "{count} {type} is not held here: {names}: add it first ({why})":
        ("{count} {type} inconnu(e) ici : {names} : ajoutez cette fiche d'abord ({why})", "{count} {type} que no existe aquí: {names}: añada ese registro primero ({why})"),
    "{count} {type} are not held here: {names}: add them first ({why})":
        ("{count} {type} inconnu(e)s ici : {names} : ajoutez ces fiches d'abord ({why})", "{count} {type} que no existen aquí: {names}: añada esos registros primero ({why})"),
    "{count} {type} is not held here: {names}: add it first, or import with create_missing":
        ("{count} {type} inconnu(e) ici : {names} : ajoutez cette fiche d'abord, ou importez avec create_missing", "{count} {type} que no existe aquí: {names}: añada ese registro primero, o importe con create_missing"),
    "{count} {type} are not held here: {names}: add them first, or import with create_missing":
        ("{count} {type} inconnu(e)s ici : {names} : ajoutez ces fiches d'abord, ou importez avec create_missing", "{count} {type} que no existen aquí: {names}: añada esos registros primero, o importe con create_missing"),
    "a {type} cannot be made from a name alone (it needs {fields} too)":
        ("une fiche {type} ne peut pas être créée à partir d'un nom seul (il faut aussi : {fields})", "un registro {type} no se puede crear solo con un nombre (también necesita: {fields})"),
    'column {columns} is hidden; left out (to import hidden columns and rows, set "include_hidden": true in the mapping)':
        ("la colonne {columns} est masquée ; laissée de côté (pour importer les colonnes et lignes masquées, mettez \"include_hidden\": true dans la correspondance)",
         "la columna {columns} está oculta; se deja fuera (para importar columnas y filas ocultas, ponga \"include_hidden\": true en la correspondencia)"),
    'columns {columns} are hidden; left out (to import hidden columns and rows, set "include_hidden": true in the mapping)':
        ("les colonnes {columns} sont masquées ; laissées de côté (pour importer les colonnes et lignes masquées, mettez \"include_hidden\": true dans la correspondance)",
         "las columnas {columns} están ocultas; se dejan fuera (para importar columnas y filas ocultas, ponga \"include_hidden\": true en la correspondencia)"),
    "column {columns} matches no field of {types}; left out":
        ("la colonne {columns} ne correspond à aucun champ ({types}) ; laissée de côté", "la columna {columns} no corresponde a ningún campo ({types}); se deja fuera"),
    "columns {columns} match no field of {types}; left out":
        ("les colonnes {columns} ne correspondent à aucun champ ({types}) ; laissées de côté", "las columnas {columns} no corresponden a ningún campo ({types}); se dejan fuera"),
    "sheet '{name}': {note}": ("feuille « {name} » : {note}", "hoja «{name}»: {note}"),
    # import notes and refused cells (sync: sheet_proposal, reader, row_keys, hand_edits, cells, plan, written_dates)
    "{n} formula cells: their computed values were taken, the formulas were not evaluated": ("{n} cellules à formule : leurs valeurs calculées ont été prises, les formules n'ont pas été évaluées", "{n} celdas con fórmula: se tomaron sus valores calculados, las fórmulas no se evaluaron"),
    "{n} cells had a time of day; the date was kept": ("{n} cellules avaient une heure ; la date a été gardée", "{n} celdas tenían una hora; se conservó la fecha"),
    "1 formula cell: its computed value was taken, the formula was not evaluated": ("1 cellule à formule : sa valeur calculée a été prise, la formule n'a pas été évaluée", "1 celda con fórmula: se tomó su valor calculado, la fórmula no se evaluó"),
    "{sheet}, column {letter} ({label}): {note}": ("{sheet}, colonne {letter} ({label}) : {note}", "{sheet}, columna {letter} ({label}): {note}"),
    "1 cell had a time of day; the date was kept": ("1 cellule avait une heure ; la date a été gardée", "1 celda tenía una hora; se conservó la fecha"),
    "rows {rows}": ("lignes {rows}", "filas {rows}"),
    "row {rows}": ("ligne {rows}", "fila {rows}"),
    "{sheet} {rows}: their key cells are empty, so nothing tells these rows apart when the sheet is sent again: they will be imported again then; fill in the key cells (or choose other key columns)":
        ("{sheet}, {rows} : leurs cellules clés sont vides, donc rien ne distingue ces lignes quand la feuille sera renvoyée : elles seront alors importées à nouveau ; remplissez les cellules clés (ou choisissez d'autres colonnes clés)",
         "{sheet}, {rows}: sus celdas clave están vacías, así que nada distingue estas filas cuando la hoja se envíe de nuevo: se importarán otra vez entonces; rellene las celdas clave (o elija otras columnas clave)"),
    "{sheet} {rows}: their records were deleted here; not imported again": ("{sheet}, {rows} : leurs fiches ont été supprimées ici ; non importées à nouveau", "{sheet}, {rows}: sus registros se eliminaron aquí; no se importan de nuevo"),
    "{count} {type} made from the names in the sheets (create_missing): {names}": ("{count} {type} créé(e)s à partir des noms des feuilles (create_missing) : {names}", "{count} {type} creados a partir de los nombres de las hojas (create_missing): {names}"),
    "the file is marked strictly confidential (MOU 3.6)": ("le fichier est marqué strictement confidentiel (MOU 3.6)", "el archivo está marcado como estrictamente confidencial (MOU 3.6)"),
    "office {who}'s clock seems {days} days fast (device time); its changes are kept, flagged, and do not move this office's clock past tomorrow":
        ("l'horloge du bureau {who} semble avancer de {days} jours (heure de l'appareil) ; ses modifications sont gardées, signalées, et n'avancent pas l'horloge de ce bureau au-delà de demain",
         "el reloj de la oficina {who} parece adelantado {days} días (hora del dispositivo); sus cambios se conservan, marcados, y no adelantan el reloj de esta oficina más allá de mañana"),
    "{count} versions of '{entity}' records, a type this release does not know, are kept and will travel on": ("{count} versions de fiches « {entity} », un type que cette version ne connaît pas, sont gardées et continueront de circuler", "{count} versiones de registros «{entity}», un tipo que esta versión no conoce, se conservan y seguirán circulando"),
    "{type} '{name}' ({id}) may be the same as {others}": ("{type} « {name} » ({id}) est peut-être le même que {others}", "{type} «{name}» ({id}) puede ser el mismo que {others}"),
    "holds values that are not record ids (e.g. '{value}')": ("contient des valeurs qui ne sont pas des identifiants de fiche (p. ex. « {value} »)", "contiene valores que no son identificadores de registro (p. ej., «{value}»)"),
    "column {letter} '{header}' {reason}; left out": ("la colonne {letter} « {header} » {reason} ; laissée de côté", "la columna {letter} «{header}» {reason}; se deja fuera"),
    "sheet '{name}' is hidden and was not read; unhide it to import its rows": ("la feuille « {name} » est masquée et n'a pas été lue ; affichez-la pour importer ses lignes", "la hoja «{name}» está oculta y no se leyó; muéstrela para importar sus filas"),
    "sheet '{name}': its columns fit several record types ({kinds}); name the sheet after one of them, e.g. '{example}'; not read": ("feuille « {name} » : ses colonnes conviennent à plusieurs types de fiches ({kinds}) ; nommez la feuille d'après l'un d'eux, p. ex. « {example} » ; non lue", "hoja «{name}»: sus columnas encajan con varios tipos de registro ({kinds}); nombre la hoja según uno de ellos, p. ej., «{example}»; no se leyó"),
    "sheet '{name}': column {letter} ('{header}') is not a field of {types}; left out": ("feuille « {name} » : la colonne {letter} (« {header} ») n'est pas un champ ({types}) ; laissée de côté", "hoja «{name}»: la columna {letter} («{header}») no es un campo ({types}); se deja fuera"),
    "sheet '{name}': column '{header}' appears twice; the second is left out": ("feuille « {name} » : la colonne « {header} » apparaît deux fois ; la seconde est laissée de côté", "hoja «{name}»: la columna «{header}» aparece dos veces; la segunda se deja fuera"),
    'hidden {rows} left out (to import hidden rows and columns, set "include_hidden": true in the mapping)': ('{rows} masquée(s) laissée(s) de côté (pour importer les lignes et colonnes masquées, mettez "include_hidden": true dans la correspondance)', '{rows} oculta(s) se deja(n) fuera (para importar filas y columnas ocultas, ponga "include_hidden": true en la correspondencia)'),
    "sheet '{name}' looks like ours but the file has no metadata; not read": ("la feuille « {name} » ressemble aux nôtres mais le fichier n'a pas de métadonnées ; non lue", "la hoja «{name}» parece nuestra pero el archivo no tiene metadatos; no se leyó"),
    "the mapping names sheets {names}, which the file does not have": ("la correspondance nomme les feuilles {names}, que le fichier n'a pas", "la correspondencia nombra las hojas {names}, que el archivo no tiene"),
    "the mapping names sheet {names}, which the file does not have": ("la correspondance nomme la feuille {names}, que le fichier n'a pas", "la correspondencia nombra la hoja {names}, que el archivo no tiene"),
    "sheet '{name}': its columns do not match one record type; not read": ("feuille « {name} » : ses colonnes ne correspondent à aucun type de fiche ; non lue", "hoja «{name}»: sus columnas no corresponden a un tipo de registro; no se leyó"),
    "a formula without a computed value; type the value itself, or open and save the file in Excel or LibreOffice": ("une formule sans valeur calculée ; saisissez la valeur elle-même, ou ouvrez et enregistrez le fichier dans Excel ou LibreOffice", "una fórmula sin valor calculado; escriba el valor, o abra y guarde el archivo en Excel o LibreOffice"),
    "an error cell ({text})": ("une cellule en erreur ({text})", "una celda con error ({text})"),
    "{rows} is a total; left out": ("la {rows} est un total ; laissée de côté", "la {rows} es un total; se deja fuera"),
    "{rows} are totals; left out": ("les {rows} sont des totaux ; laissées de côté", "las {rows} son totales; se dejan fuera"),
    "{rows} only names a section (a month, a region); left out": ("la {rows} ne nomme qu'une section (un mois, une région) ; laissée de côté", "la {rows} solo nombra una sección (un mes, una región); se deja fuera"),
    "{rows} only name a section (a month, a region); left out": ("les {rows} ne nomment qu'une section (un mois, une région) ; laissées de côté", "las {rows} solo nombran una sección (un mes, una región); se dejan fuera"),
    "1 formula cell (column {columns}) imported as the value the spreadsheet last computed": ("1 cellule à formule (colonne {columns}) importée avec la valeur que le tableur a calculée en dernier", "1 celda con fórmula (columna {columns}) importada con el último valor que calculó la hoja"),
    "column {letters} holds values but no header; left out (give the column a header to import it)": ("la colonne {letters} contient des valeurs mais pas d'en-tête ; laissée de côté (donnez un en-tête à la colonne pour l'importer)", "la columna {letters} contiene valores pero no encabezado; se deja fuera (dé un encabezado a la columna para importarla)"),
    "columns {letters} hold values but no header; left out (give the column a header to import it)": ("les colonnes {letters} contiennent des valeurs mais pas d'en-tête ; laissées de côté (donnez un en-tête à la colonne pour l'importer)", "las columnas {letters} contienen valores pero no encabezado; se dejan fuera (dé un encabezado a la columna para importarla)"),
    "{count} formula cells (column {columns}) imported as the value the spreadsheet last computed": ("{count} cellules à formule (colonne {columns}) importées avec la valeur que le tableur a calculée en dernier", "{count} celdas con fórmula (columna {columns}) importadas con el último valor que calculó la hoja"),
    "{count} formula cells (columns {columns}) imported as the value the spreadsheet last computed": ("{count} cellules à formule (colonnes {columns}) importées avec la valeur que le tableur a calculée en dernier", "{count} celdas con fórmula (columnas {columns}) importadas con el último valor que calculó la hoja"),
    "no column identifies a row (no {field} column): rows sent again would be new records; map one with --map": ("aucune colonne n'identifie une ligne (pas de colonne {field}) : des lignes renvoyées deviendraient de nouvelles fiches ; associez-en une avec --map", "ninguna columna identifica una fila (no hay columna {field}): las filas enviadas de nuevo serían registros nuevos; asigne una con --map"),
    "rows are known again by their Id column (record ids)": ("les lignes sont reconnues par leur colonne Id (identifiants de fiche)", "las filas se reconocen por su columna Id (identificadores de registro)"),
    "rows are known again by {names}": ("les lignes sont reconnues par {names}", "las filas se reconocen por {names}"),
    "a hidden column": ("une colonne masquée", "una columna oculta"),
    "form metadata of a KoboToolbox/ODK export": ("métadonnées de formulaire d'un export KoboToolbox/ODK", "metadatos de formulario de una exportación de KoboToolbox/ODK"),
    "left out by the mapping": ("laissée de côté par la correspondance", "dejada fuera por la correspondencia"),
    "choose with `mouliaison import FILE --map MAPPING.json` (print one with --show-mapping)": ("choisissez à l'étape Correspondance de l'importation, ou avec `mouliaison import FICHIER --map CORRESPONDANCE.json`", "elija en el paso Correspondencia de la importación, o con `mouliaison import ARCHIVO --map CORRESPONDENCIA.json`"),
    "columns {columns}": ("colonnes {columns}", "columnas {columns}"),
    "column {columns}": ("colonne {columns}", "columna {columns}"),
    "{shown} and {count} more": ("{shown} et {count} de plus", "{shown} y {count} más"),
    "its columns do not match one record type; name the sheet after the records it holds, e.g. 'Joint activities', or {hint}; not read": ("ses colonnes ne correspondent à aucun type de fiche ; nommez la feuille d'après les fiches qu'elle contient, p. ex. « Joint activities », ou {hint} ; non lue", "sus columnas no corresponden a un tipo de registro; nombre la hoja según los registros que contiene, p. ej., «Joint activities», o {hint}; no se leyó"),
    "its columns fit several record types ({kinds}); name the sheet after one of them, e.g. '{example}', or {hint}; not read": ("ses colonnes conviennent à plusieurs types de fiches ({kinds}) ; nommez la feuille d'après l'un d'eux, p. ex. « {example} », ou {hint} ; non lue", "sus columnas encajan con varios tipos de registro ({kinds}); nombre la hoja según uno de ellos, p. ej., «{example}», o {hint}; no se leyó"),
    "its columns do not match one record type (closest: {closest}); name the sheet after the records it holds, e.g. 'Joint activities', or {hint}; not read": ("ses colonnes ne correspondent à aucun type de fiche (le plus proche : {closest}) ; nommez la feuille d'après les fiches qu'elle contient, p. ex. « Joint activities », ou {hint} ; non lue", "sus columnas no corresponden a un tipo de registro (el más cercano: {closest}); nombre la hoja según los registros que contiene, p. ej., «Joint activities», o {hint}; no se leyó"),
    "the header is row {header}; {above} above it (a title) not imported": ("l'en-tête est la ligne {header} ; au-dessus, {above} (un titre) non importée", "el encabezado es la fila {header}; encima, {above} (un título) no importada"),
    "row {row} holds HXL hashtags: used to match the columns, not imported": ("la ligne {row} contient des hashtags HXL : utilisés pour reconnaître les colonnes, non importés", "la fila {row} contiene hashtags HXL: se usan para reconocer las columnas, no se importan"),
    "the sheet's record type is not known": ("le type de fiche de la feuille n'est pas connu", "no se conoce el tipo de registro de la hoja"),
    "read as {types} it has no column for {needs}, which every one needs; not read. Add the column, or {hint}": ("lue comme {types}, elle n'a pas de colonne pour {needs}, que chacune exige ; non lue. Ajoutez la colonne, ou {hint}", "leída como {types}, no tiene columna para {needs}, que todos necesitan; no se leyó. Añada la columna, o {hint}"),
    "read as {types} it has no column for {needs}, which every one needs; not read. Add the columns, or {hint}": ("lue comme {types}, elle n'a pas de colonnes pour {needs}, que chacune exige ; non lue. Ajoutez les colonnes, ou {hint}", "leída como {types}, no tiene columnas para {needs}, que todos necesitan; no se leyó. Añada las columnas, o {hint}"),
    "rows are known again by {keys} (chosen)": ("les lignes sont reconnues par {keys} (choisi)", "las filas se reconocen por {keys} (elegido)"),
    "the mapping names column {names}, which the sheet does not have (in row {row}); ignored": ("la correspondance nomme la colonne {names}, que la feuille n'a pas (en ligne {row}) ; ignorée", "la correspondencia nombra la columna {names}, que la hoja no tiene (en la fila {row}); se ignora"),
    "the mapping names columns {names}, which the sheet does not have (in row {row}); ignored": ("la correspondance nomme les colonnes {names}, que la feuille n'a pas (en ligne {row}) ; ignorées", "la correspondencia nombra las columnas {names}, que la hoja no tiene (en la fila {row}); se ignoran"),
    "no {field} column: every row will be '{value}'; add a {field} column or map one with --map": ("pas de colonne {field} : chaque ligne aura « {value} » ; ajoutez une colonne {field} ou associez-en une à l'étape Correspondance", "no hay columna {field}: cada fila tendrá «{value}»; añada una columna {field} o asigne una en el paso Correspondencia"),
    "matches no field of {types}": ("ne correspond à aucun champ ({types})", "no corresponde a ningún campo ({types})"),
    "the sheet is empty": ("la feuille est vide", "la hoja está vacía"),
    'left out by the mapping ("type": null)': ('laissée de côté par la correspondance ("type": null)', 'dejada fuera por la correspondencia ("type": null)'),
    "the same field as column {letter} '{header}' ({label})": ("le même champ que la colonne {letter} « {header} » ({label})", "el mismo campo que la columna {letter} «{header}» ({label})"),
    "{columns}: {reason}; left out": ("{columns} : {reason} ; laissée(s) de côté", "{columns}: {reason}; se deja(n) fuera"),
    "{column} would fill {reason}; left out": ("la {column} remplirait {reason} ; laissée de côté", "la {column} llenaría {reason}; se deja fuera"),
    "'{text}' has a two-digit year; write the year in full, as YYYY-MM-DD (e.g. 2026-07-06)": ("« {text} » a une année à deux chiffres ; écrivez l'année en entier, sous la forme AAAA-MM-JJ (p. ex. 2026-07-06)", "«{text}» tiene un año de dos cifras; escriba el año completo, como AAAA-MM-DD (p. ej., 2026-07-06)"),
    "'{text}' could be read as two dates (day/month or month/day); write it as YYYY-MM-DD, e.g. 2026-07-06": ("« {text} » peut se lire comme deux dates (jour/mois ou mois/jour) ; écrivez-la sous la forme AAAA-MM-JJ, p. ex. 2026-07-06", "«{text}» puede leerse como dos fechas (día/mes o mes/día); escríbala como AAAA-MM-DD, p. ej., 2026-07-06"),
    "'{text}' is not a date; write it as YYYY-MM-DD, e.g. 2026-07-06 (or as 6 July 2026)": ("« {text} » n'est pas une date ; écrivez-la sous la forme AAAA-MM-JJ, p. ex. 2026-07-06 (ou 6 juillet 2026)", "«{text}» no es una fecha; escríbala como AAAA-MM-DD, p. ej., 2026-07-06 (o como 6 de julio de 2026)"),
    "'{text}' is not a date; write it as YYYY-MM-DD, e.g. 2026-07-06": ("« {text} » n'est pas une date ; écrivez-la sous la forme AAAA-MM-JJ, p. ex. 2026-07-06", "«{text}» no es una fecha; escríbala como AAAA-MM-DD, p. ej., 2026-07-06"),
    "'{text}' names a month without a day, which is not a date; write the day too, as YYYY-MM-DD (e.g. 2026-07-01)": ("« {text} » nomme un mois sans jour, ce qui n'est pas une date ; écrivez aussi le jour, sous la forme AAAA-MM-JJ (p. ex. 2026-07-01)", "«{text}» nombra un mes sin día, que no es una fecha; escriba también el día, como AAAA-MM-DD (p. ej., 2026-07-01)"),
    "'{text}': {date} is a {weekday}; check the date and write it as YYYY-MM-DD, e.g. 2026-07-06": ("« {text} » : le {date} est un {weekday} ; vérifiez la date et écrivez-la sous la forme AAAA-MM-JJ, p. ex. 2026-07-06", "«{text}»: el {date} es {weekday}; compruebe la fecha y escríbala como AAAA-MM-DD, p. ej., 2026-07-06"),
    "'{text}' is not a date that exists (there is no month {month}); check it and write it as YYYY-MM-DD, e.g. 2026-07-06": ("« {text} » n'est pas une date qui existe (il n'y a pas de mois {month}) ; vérifiez-la et écrivez-la sous la forme AAAA-MM-JJ, p. ex. 2026-07-06", "«{text}» no es una fecha que exista (no hay mes {month}); compruébela y escríbala como AAAA-MM-DD, p. ej., 2026-07-06"),
    "'{text}' is not a date that exists ({month} has no day {day}); check it and write it as YYYY-MM-DD, e.g. 2026-07-06": ("« {text} » n'est pas une date qui existe ({month} n'a pas de jour {day}) ; vérifiez-la et écrivez-la sous la forme AAAA-MM-JJ, p. ex. 2026-07-06", "«{text}» no es una fecha que exista ({month} no tiene día {day}); compruébela y escríbala como AAAA-MM-DD, p. ej., 2026-07-06"),
    # who signed an incoming workbook, and what was withheld (sync/screening.py, issue 16)
    "office {office} signs with key {key}, new here. Check this fingerprint with the office (by phone, not by the same email), then import again with --trust-new-keys, or trust it with: mouliaison keys trust {prefix} (in the window: the box above, or Tools ▸ Office keys)":
        ("le bureau {office} signe avec la clé {key}, nouvelle ici. Vérifiez cette empreinte avec le bureau (par téléphone, pas par le même courriel), puis importez à nouveau avec --trust-new-keys, ou faites-lui confiance avec : mouliaison keys trust {prefix} (dans la fenêtre : la case ci-dessus, ou Outils ▸ Clés des bureaux)",
         "la oficina {office} firma con la clave {key}, nueva aquí. Compruebe esta huella con la oficina (por teléfono, no por el mismo correo) y vuelva a importar con --trust-new-keys, o confíe en ella con: mouliaison keys trust {prefix} (en la ventana: la casilla de arriba, o Herramientas ▸ Claves de las oficinas)"),
    "{file} is signed with key {key} of office {office}, which was revoked, and it brings versions past the {length} of that office's history signed before the revocation, whatever time it claims. Nothing in it was taken; ask the office to export again with its new key.":
        ("{file} est signé avec la clé {key} du bureau {office}, qui a été révoquée, et il apporte des versions au-delà des {length} de l'historique de ce bureau signées avant la révocation, quelle que soit l'heure qu'il indique. Rien n'en a été repris ; demandez au bureau d'exporter à nouveau avec sa nouvelle clé.",
         "{file} está firmado con la clave {key} de la oficina {office}, que fue revocada, y trae versiones más allá de las {length} del historial de esa oficina firmadas antes de la revocación, sea cual sea la hora que indique. No se tomó nada; pida a la oficina que exporte de nuevo con su clave nueva."),
    "the signature of {file} does not match its content: the file was changed after office {office} signed it (key {key}). Nothing in it was taken; ask the office to export again.":
        ("la signature de {file} ne correspond pas à son contenu : le fichier a été modifié après que le bureau {office} l'a signé (clé {key}). Rien n'en a été repris ; demandez au bureau d'exporter à nouveau.",
         "la firma de {file} no corresponde a su contenido: el archivo se cambió después de que la oficina {office} lo firmara (clave {key}). No se tomó nada; pida a la oficina que exporte de nuevo."),
    "{file} says it comes from office {office}, but it is signed with the key of office {other} ({key}). Nothing in it was taken.":
        ("{file} dit venir du bureau {office}, mais il est signé avec la clé du bureau {other} ({key}). Rien n'en a été repris.",
         "{file} dice venir de la oficina {office}, pero está firmado con la clave de la oficina {other} ({key}). No se tomó nada."),
    "{file} was signed by office {office} with key {key} after that key was revoked. Nothing in it was taken; ask the office to export again with its new key.":
        ("{file} a été signé par le bureau {office} avec la clé {key} après la révocation de cette clé. Rien n'en a été repris ; demandez au bureau d'exporter à nouveau avec sa nouvelle clé.",
         "{file} fue firmado por la oficina {office} con la clave {key} después de que se revocara esa clave. No se tomó nada; pida a la oficina que exporte de nuevo con su clave nueva."),
    "signed by office {office}, key {key}": ("signé par le bureau {office}, clé {key}", "firmado por la oficina {office}, clave {key}"),
    "{file} says it comes from office {office}, whose key here is {known}, but it is signed with another key ({key}): a key from another database, or a new key the office did not announce. Nothing in it was taken. If the office really changed keys, trust the new one (Tools ▸ Office keys, or mouliaison keys trust {prefix})":
        ("{file} dit venir du bureau {office}, dont la clé ici est {known}, mais il est signé avec une autre clé ({key}) : une clé d'une autre base, ou une nouvelle clé que le bureau n'a pas annoncée. Rien n'en a été repris. Si le bureau a vraiment changé de clé, faites confiance à la nouvelle (Outils ▸ Clés des bureaux, ou mouliaison keys trust {prefix})",
         "{file} dice venir de la oficina {office}, cuya clave aquí es {known}, pero está firmado con otra clave ({key}): una clave de otra base de datos, o una clave nueva que la oficina no anunció. No se tomó nada. Si la oficina realmente cambió de clave, confíe en la nueva (Herramientas ▸ Claves de las oficinas, o mouliaison keys trust {prefix})"),
    "office {office}'s key {key} was new here and is now trusted (trust on first use): check this fingerprint with the office":
        ("la clé {key} du bureau {office} était nouvelle ici et elle est désormais de confiance (confiance à la première utilisation) : vérifiez cette empreinte avec le bureau",
         "la clave {key} de la oficina {office} era nueva aquí y ahora es de confianza (confianza en el primer uso): compruebe esta huella con la oficina"),
    "{file} is not signed, but office {office} signs its files (key {key}): its signature was removed, or another made it in that office's name. Nothing in it was taken; ask the office to export again.":
        ("{file} n'est pas signé, mais le bureau {office} signe ses fichiers (clé {key}) : sa signature a été retirée, ou quelqu'un d'autre l'a fait au nom de ce bureau. Rien n'en a été repris ; demandez au bureau d'exporter à nouveau.",
         "{file} no está firmado, pero la oficina {office} firma sus archivos (clave {key}): se quitó su firma, u otra persona lo hizo en nombre de esa oficina. No se tomó nada; pida a la oficina que exporte de nuevo."),
    "{file} is not signed (written by a release before signing): who wrote it cannot be proved":
        ("{file} n'est pas signé (écrit par une version d'avant la signature) : son auteur ne peut pas être prouvé",
         "{file} no está firmado (escrito por una versión anterior a la firma): no se puede probar quién lo escribió"),
    "{file}, signed by office {relayer} (key {key}), relays versions in office {office}'s name ({count}) that do not match the history {office} signed ({length} versions): changed, added or left out after {office} signed them, by {relayer} or on the way to it. Not taken; ask {office} for its own export.":
        ("{file}, signé par le bureau {relayer} (clé {key}), relaie des versions au nom du bureau {office} ({count}) qui ne correspondent pas à l'historique signé par {office} ({length} versions) : modifiées, ajoutées ou omises après que {office} les a signées, par {relayer} ou en chemin vers lui. Non reprises ; demandez à {office} sa propre exportation.",
         "{file}, firmado por la oficina {relayer} (clave {key}), retransmite versiones en nombre de la oficina {office} ({count}) que no corresponden al historial firmado por {office} ({length} versiones): cambiadas, añadidas u omitidas después de que {office} las firmara, por {relayer} o en el camino hacia ella. No se tomaron; pida a {office} su propia exportación."),
    "versions of office {office} relayed by office {relayer} ({count}): they match the history {office} signed":
        ("versions du bureau {office} relayées par le bureau {relayer} ({count}) : elles correspondent à l'historique signé par {office}",
         "versiones de la oficina {office} retransmitidas por la oficina {relayer} ({count}): corresponden al historial firmado por {office}"),
    "versions of office {office} relayed by office {relayer} ({count}): vouched for by {relayer}'s key {key}, not by {office}'s own (its signed history does not reach them here yet)":
        ("versions du bureau {office} relayées par le bureau {relayer} ({count}) : garanties par la clé {key} de {relayer}, non par celle de {office} (son historique signé ne les atteint pas encore ici)",
         "versiones de la oficina {office} retransmitidas por la oficina {relayer} ({count}): avaladas por la clave {key} de {relayer}, no por la de {office} (su historial firmado aún no las alcanza aquí)"),
}
