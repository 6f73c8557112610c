<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>ActionItemDialog</name>
    <message>
        <source>New action item</source>
        <translation>Nueva acción</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Acción</translation>
    </message>
</context>
<context>
    <name>ActionItemsTable</name>
    <message>
        <source>Action items</source>
        <translation>Acciones pendientes</translation>
    </message>
    <message>
        <source>Action items of this meeting</source>
        <translation>Acciones pendientes de esta reunión</translation>
    </message>
    <message>
        <source>Add an action item…</source>
        <translation>Añadir una acción…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Save the meeting first; then add its action items here.</source>
        <translation>Guarde primero la reunión; luego añada aquí sus acciones.</translation>
    </message>
    <message>
        <source>No action items yet. Each item is saved as soon as you confirm it.</source>
        <translation>Todavía no hay acciones. Cada acción se guarda en cuanto la confirma.</translation>
    </message>
    <message>
        <source>Each item is saved as soon as you confirm it (Insert adds, Enter changes, Delete removes).</source>
        <translation>Cada acción se guarda en cuanto la confirma (Insert añade, Intro cambia, Supr quita).</translation>
    </message>
    <message>
        <source>Remove the action item</source>
        <translation>Quitar la acción</translation>
    </message>
    <message>
        <source>Remove the action item '{0}'? The removal travels to other offices with your next export.</source>
        <translation>¿Quitar la acción «{0}»? La eliminación viaja a las demás oficinas con su próxima exportación.</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>No se quitó</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <source>Change a field of {0} records</source>
        <translation>Cambiar un campo de {0} registros</translation>
    </message>
    <message>
        <source>Set one field of the {0} selected {1} to the same value. Each record gets its own change, which travels with your next export; Edit &gt; Undo undoes them all.</source>
        <translation>Da el mismo valor a un campo de los {0} {1} seleccionados. Cada registro recibe su propio cambio, que viaja con su próxima exportación; Edición &gt; Deshacer los deshace todos.</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Campo:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <source>C&amp;hange {0} records</source>
        <translation>Cam&amp;biar {0} registros</translation>
    </message>
    <message>
        <source>{0} is required: give a value.</source>
        <translation>{0} es obligatorio: indique un valor.</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Two offices changed the same field before exchanging workbooks. Until you choose, the value listed first is shown; your choice travels with the next export.</source>
        <translation>Dos oficinas cambiaron el mismo campo antes de intercambiar libros. Hasta que elija, se muestra el primer valor de la lista; su elección viaja con la próxima exportación.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>type the right value</source>
        <translation>escriba el valor correcto</translation>
    </message>
    <message>
        <source>&amp;Or another value:</source>
        <translation>&amp;O bien otro valor:</translation>
    </message>
    <message>
        <source>&amp;Use this value</source>
        <translation>&amp;Usar este valor</translation>
    </message>
    <message>
        <source>&amp;Keep the record</source>
        <translation>&amp;Conservar el registro</translation>
    </message>
    <message>
        <source>&amp;Delete it</source>
        <translation>&amp;Eliminarlo</translation>
    </message>
    <message>
        <source>Delete or keep</source>
        <translation>Eliminar o conservar</translation>
    </message>
    <message>
        <source>Open conflicts: {0}</source>
        <translation>Conflictos abiertos: {0}</translation>
    </message>
    <message>
        <source>No open conflicts. When two offices change the same field before exchanging workbooks, both values are kept and the conflict is listed here.</source>
        <translation>No hay conflictos abiertos. Cuando dos oficinas cambian el mismo campo antes de intercambiar libros, se conservan ambos valores y el conflicto aparece aquí.</translation>
    </message>
    <message>
        <source>{0} “{1}”: deleted by one office, edited by another</source>
        <translation>{0} «{1}»: eliminado por una oficina, modificado por otra</translation>
    </message>
    <message>
        <source>Until you choose, the record stays, flagged. Keep it with the edits, or delete it.</source>
        <translation>Hasta que elija, el registro se queda, marcado. Consérvelo con los cambios o elimínelo.</translation>
    </message>
    <message>
        <source>{0} “{1}”: {2}</source>
        <translation>{0} «{1}»: {2}</translation>
    </message>
    <message>
        <source>Which value is right?</source>
        <translation>¿Qué valor es el correcto?</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Kept, with its edits</source>
        <translation>Conservado, con sus cambios</translation>
    </message>
    <message>
        <source>shown now</source>
        <translation>mostrado ahora</translation>
    </message>
    <message>
        <source>made here</source>
        <translation>hecho aquí</translation>
    </message>
    <message>
        <source>this office's, made at its first export</source>
        <translation>la de esta oficina, creada en su primera exportación</translation>
    </message>
    <message>
        <source>no office's key (an unsigned file, or a hand edit)</source>
        <translation>ninguna clave de oficina (un archivo sin firmar o un cambio a mano)</translation>
    </message>
    <message>
        <source>this office's, {0}</source>
        <translation>la de esta oficina, {0}</translation>
    </message>
    <message>
        <source>{0}'s, {1}</source>
        <translation>la de {0}, {1}</translation>
    </message>
    <message>
        <source>an office</source>
        <translation>una oficina</translation>
    </message>
    <message>
        <source>Office: {0}
device time: {1}
file: {2}
key: {3}</source>
        <translation>Oficina: {0}
hora del dispositivo: {1}
archivo: {2}
clave: {3}</translation>
    </message>
    <message>
        <source>this office</source>
        <translation>esta oficina</translation>
    </message>
    <message>
        <source>Keep this (&amp;{0})</source>
        <translation>Conservar este (&amp;{0})</translation>
    </message>
    <message>
        <source>Keep “{0}” and close the conflict</source>
        <translation>Conservar «{0}» y cerrar el conflicto</translation>
    </message>
    <message>
        <source>Not resolved: {0}</source>
        <translation>Sin resolver: {0}</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>'{0}' is not a date: type it as {1} or {2}</source>
        <translation>«{0}» no es una fecha: escríbala como {1} o {2}</translation>
    </message>
    <message>
        <source>'{0}' is not a date: type it as {1}</source>
        <translation>«{0}» no es una fecha: escríbala como {1}</translation>
    </message>
    <message>
        <source>'{0}': write the year with four digits, as in {1}</source>
        <translation>«{0}»: escriba el año con cuatro cifras, como en {1}</translation>
    </message>
    <message>
        <source>'{0}' is not a real date (year-month-day): check the day and the month</source>
        <translation>«{0}» no es una fecha real (año-mes-día): compruebe el día y el mes</translation>
    </message>
    <message>
        <source>'{0}' is not a real date (day/month/year): check the day and the month</source>
        <translation>«{0}» no es una fecha real (día/mes/año): compruebe el día y el mes</translation>
    </message>
    <message>
        <source>'{0}' is not a real date (month/day/year): check the day and the month</source>
        <translation>«{0}» no es una fecha real (mes/día/año): compruebe el día y el mes</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Elegir en un calendario (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>Elegir en un calendario</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>&amp;Look among:</source>
        <translation>&amp;Buscar entre:</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Shaded: both hold a value and they differ; the record kept keeps its own. Its empty fields (—) are filled from the other.</source>
        <translation>Sombreado: ambos tienen un valor y difieren; el registro conservado mantiene el suyo. Sus campos vacíos (—) se rellenan con el otro.</translation>
    </message>
    <message>
        <source>Keep &amp;left, merge right into it</source>
        <translation>Conservar el &amp;izquierdo y fusionar el derecho en él</translation>
    </message>
    <message>
        <source>Keep &amp;right, merge left into it</source>
        <translation>Conservar el &amp;derecho y fusionar el izquierdo en él</translation>
    </message>
    <message>
        <source>&amp;Not a duplicate</source>
        <translation>&amp;No es un duplicado</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>C&amp;errar</translation>
    </message>
    <message>
        <source>Possible duplicate pairs: {0}</source>
        <translation>Pares de duplicados posibles: {0}</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Merge duplicates</source>
        <translation>Fusionar duplicados</translation>
    </message>
    <message>
        <source>Keep “{0}” and merge “{1}” into it?

Empty fields of “{0}” are filled from “{1}”, links to “{1}” follow to “{0}”, and “{1}” is deleted. A merge cannot be undone from here.</source>
        <translation>¿Conservar «{0}» y fusionar «{1}» en él?

Los campos vacíos de «{0}» se rellenan con «{1}», los vínculos a «{1}» pasan a «{0}» y «{1}» se elimina. Una fusión no se puede deshacer desde aquí.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Todos</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Ninguno</translation>
    </message>
    <message>
        <source>Record &amp;types</source>
        <translation>T&amp;ipos de registro</translation>
    </message>
    <message>
        <source>Only records changed &amp;since</source>
        <translation>Solo registros cambiados &amp;desde</translation>
    </message>
    <message>
        <source>Changed since</source>
        <translation>Cambiados desde</translation>
    </message>
    <message>
        <source>Same &amp;party (our own organisation)</source>
        <translation>&amp;Misma parte (nuestra organización)</translation>
    </message>
    <message>
        <source>Pa&amp;rtner party (marked strictly confidential)</source>
        <translation>Parte so&amp;cia (marcado estrictamente confidencial)</translation>
    </message>
    <message>
        <source>T&amp;hird party, named:</source>
        <translation>Te&amp;rcero, llamado:</translation>
    </message>
    <message>
        <source>e.g. UNODC</source>
        <translation>p. ej. UNODC</translation>
    </message>
    <message>
        <source>Ps&amp;eudonymise people without consent</source>
        <translation>Seud&amp;onimizar a las personas sin consentimiento</translation>
    </message>
    <message>
        <source>&amp;Leave out people without consent</source>
        <translation>&amp;Excluir a las personas sin consentimiento</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Contenido:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Período:</translation>
    </message>
    <message>
        <source>Lan&amp;guage of the labels:</source>
        <translation>Idioma de las eti&amp;quetas:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Abrir car&amp;peta</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>Ex&amp;portar</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Cerra&amp;r</translation>
    </message>
    <message>
        <source>A calendar holds the meetings and the action items with a due date; an address book, the contacts</source>
        <translation>Un calendario contiene las reuniones y las acciones con fecha de vencimiento; una libreta de direcciones, los contactos</translation>
    </message>
    <message>
        <source>Tables, calendars and address books are written with the labels held here (English)</source>
        <translation>Las tablas, los calendarios y las libretas se escriben con las etiquetas guardadas aquí (en inglés)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>No se exportó nada.</translation>
    </message>
    <message>
        <source>Exported for {0}</source>
        <translation>Exportado para {0}</translation>
    </message>
    <message>
        <source>saved as</source>
        <translation>guardado como</translation>
    </message>
    <message>
        <source>No records matched.</source>
        <translation>Ningún registro coincide.</translation>
    </message>
    <message>
        <source>Contacts: {0} included with consent, {1} pseudonymised, {2} left out (MOU 3.6). Tools ▸ Export receipts tells why, contact by contact.</source>
        <translation>Contactos: {0} incluidos con consentimiento, {1} seudonimizados, {2} excluidos (MOU 3.6). Herramientas ▸ Recibos de exportación explica por qué, contacto por contacto.</translation>
    </message>
</context>
<context>
    <name>ExportKinds</name>
    <message>
        <source>Liaison workbook, for the other office to import (.xlsx)</source>
        <translation>Libro de enlace, para que la otra oficina lo importe (.xlsx)</translation>
    </message>
    <message>
        <source>Liaison workbooks (*.xlsx)</source>
        <translation>Libros de enlace (*.xlsx)</translation>
    </message>
    <message>
        <source>HXL-tagged tables for Excel or Power BI (.xlsx)</source>
        <translation>Tablas con etiquetas HXL para Excel o Power BI (.xlsx)</translation>
    </message>
    <message>
        <source>HXL workbooks (*.xlsx)</source>
        <translation>Libros HXL (*.xlsx)</translation>
    </message>
    <message>
        <source>HXL-tagged tables, a CSV file per type (.csv)</source>
        <translation>Tablas con etiquetas HXL, un archivo CSV por tipo (.csv)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Calendar: meetings and action items' due dates (.ics)</source>
        <translation>Calendario: reuniones y vencimientos de las acciones (.ics)</translation>
    </message>
    <message>
        <source>Calendars (*.ics)</source>
        <translation>Calendarios (*.ics)</translation>
    </message>
    <message>
        <source>Address book: contacts who consented (.vcf)</source>
        <translation>Libreta de direcciones: contactos que dieron su consentimiento (.vcf)</translation>
    </message>
    <message>
        <source>Address books (*.vcf)</source>
        <translation>Libretas de direcciones (*.vcf)</translation>
    </message>
    <message>
        <source>Exported for {0}</source>
        <translation>Exportado para {0}</translation>
    </message>
    <message>
        <source>saved as</source>
        <translation>guardado como</translation>
    </message>
    <message>
        <source>No records matched.</source>
        <translation>Ningún registro coincide.</translation>
    </message>
    <message>
        <source>Kept home for this recipient (MOU 3.6): {0}. Tools ▸ Export receipts tells why.</source>
        <translation>Retenido en la oficina para este destinatario (MOU 3.6): {0}. Herramientas ▸ Recibos de exportación explica por qué.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to mouliaison</source>
        <translation>Bienvenido a mouliaison</translation>
    </message>
    <message>
        <source>Before you record anything, say which office records in this database. Every record carries it, and the offices you exchange workbooks with see it. Settings can change it later.</source>
        <translation>Antes de registrar nada, indique qué oficina registra en esta base de datos. Cada registro la lleva, y las oficinas con las que intercambia libros la ven. La configuración permite cambiarla más tarde.</translation>
    </message>
    <message>
        <source>&amp;Save the office</source>
        <translation>&amp;Guardar la oficina</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Más &amp;tarde</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import workbooks</source>
        <translation>Importar libros</translation>
    </message>
    <message>
        <source>&amp;Workbooks:</source>
        <translation>&amp;Libros:</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Añadir archivos…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Create &amp;unknown names as new records (an organisation, a meeting a plain sheet names that is not held here)</source>
        <translation>Crear como registros n&amp;uevos los nombres desconocidos (una organización, una reunión que una hoja simple nombra y que no está registrada aquí)</translation>
    </message>
    <message>
        <source>Trust the new signing keys shown below (I checked their fingerprints with the offices)</source>
        <translation>Confiar en las nuevas claves de firma indicadas abajo (comprobé sus huellas con las oficinas)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Guardar el informe…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Cerra&amp;r</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Volver</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>Workbooks and CSV files (*.xlsx *.ods *.csv *.tsv *.txt)</source>
        <translation>Libros y archivos CSV (*.xlsx *.ods *.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>Save import report</source>
        <translation>Guardar el informe de importación</translation>
    </message>
    <message>
        <source>JSON report (*.json);;Text report (*.txt)</source>
        <translation>Informe JSON (*.json);;Informe de texto (*.txt)</translation>
    </message>
    <message>
        <source>The report could not be saved to {0}: {1}</source>
        <translation>No se pudo guardar el informe en {0}: {1}</translation>
    </message>
    <message>
        <source>Report saved to {0}.</source>
        <translation>Informe guardado en {0}.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiados</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Obsoletos</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Hand edits</source>
        <translation>Cambios a mano</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>En cuarentena</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazados</translation>
    </message>
    <message>
        <source>File and record type</source>
        <translation>Archivo y tipo de registro</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>nothing read</source>
        <translation>nada leído</translation>
    </message>
    <message>
        <source>{0} (already imported)</source>
        <translation>{0} (ya importado)</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Todos los archivos</translation>
    </message>
    <message>
        <source>Change how its sheets are read in the mapping step, or select the file in the list above and press Remove.</source>
        <translation>Cambie cómo se leen sus hojas en el paso de asignación, o seleccione el archivo en la lista de arriba y pulse Quitar.</translation>
    </message>
    <message>
        <source>pick its type, or what each column becomes, in the mapping step</source>
        <translation>elija su tipo, o en qué se convierte cada columna, en el paso de asignación</translation>
    </message>
    <message>
        <source>map one in the mapping step</source>
        <translation>asigne una en el paso de asignación</translation>
    </message>
    <message>
        <source>choose {fields} as the “Row identity (key)” in the mapping step</source>
        <translation>elija {fields} como «Identidad de la fila (clave)» en el paso de asignación</translation>
    </message>
    <message>
        <source>choose {fields} as the “Row identity (key)” in the mapping step (then all but {count} of them differ)</source>
        <translation>elija {fields} como «Identidad de la fila (clave)» en el paso de asignación (entonces todas salvo {count} se distinguen)</translation>
    </message>
    <message>
        <source>✔ signed</source>
        <translation>✔ firmado</translation>
    </message>
    <message>
        <source>○ not signed</source>
        <translation>○ sin firmar</translation>
    </message>
    <message>
        <source>? new key</source>
        <translation>? clave nueva</translation>
    </message>
    <message>
        <source>✘ not trusted</source>
        <translation>✘ no fiable</translation>
    </message>
    <message>
        <source>Refused: nothing will be imported</source>
        <translation>Rechazado: no se importará nada</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Qué hacer:</translation>
    </message>
    <message>
        <source>one refused workbook stops the whole import, so that nothing is half done. Select it in the list above and press Remove to import the others, or ask its sender to export it again.</source>
        <translation>un solo libro rechazado detiene toda la importación, para que nada quede a medias. Selecciónelo en la lista de arriba y pulse Quitar para importar los demás, o pida a su remitente que lo exporte de nuevo.</translation>
    </message>
    <message>
        <source>Nothing read: nothing will be imported</source>
        <translation>Nada leído: no se importará nada</translation>
    </message>
    <message>
        <source>A workbook not made by mouliaison (no hidden sheets): rows are matched by id where they have one, columns by their headings.</source>
        <translation>Un libro no creado por mouliaison (sin hojas ocultas): las filas se emparejan por su id cuando lo tienen, las columnas por sus encabezados.</translation>
    </message>
    <message>
        <source>From the office: {0}.</source>
        <translation>De la oficina: {0}.</translation>
    </message>
    <message>
        <source>Already imported: importing it again changes nothing.</source>
        <translation>Ya importado: importarlo de nuevo no cambia nada.</translation>
    </message>
    <message>
        <source>Withheld (not imported)</source>
        <translation>Retenido (no importado)</translation>
    </message>
    <message>
        <source>Rejected cells (left out; the notes say which rows were imported without them)</source>
        <translation>Celdas rechazadas (dejadas de lado; las notas dicen qué filas se importaron sin ellas)</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Celdas</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Quarantined rows (not imported)</source>
        <translation>Filas en cuarentena (no importadas)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>No rejected cells, quarantined rows or notes.</source>
        <translation>Ninguna celda rechazada, fila en cuarentena ni nota.</translation>
    </message>
    <message>
        <source>(and the same for {0})</source>
        <translation>(y lo mismo para {0})</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no (preview)</source>
        <translation>no (vista previa)</translation>
    </message>
    <message>
        <source>mouliaison import report, {0}</source>
        <translation>Informe de importación de mouliaison, {0}</translation>
    </message>
    <message>
        <source>Written to the database: {0}</source>
        <translation>Escrito en la base de datos: {0}</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>Base de datos: {0}</translation>
    </message>
    <message>
        <source>{0}: refused</source>
        <translation>{0}: rechazado</translation>
    </message>
    <message>
        <source> (already imported)</source>
        <translation> (ya importado)</translation>
    </message>
    <message>
        <source>office: {0}</source>
        <translation>oficina: {0}</translation>
    </message>
    <message>
        <source>signature: {0}</source>
        <translation>firma: {0}</translation>
    </message>
    <message>
        <source>withheld: {0}</source>
        <translation>retenido: {0}</translation>
    </message>
    <message>
        <source>rejected: sheet {0}, column {1}, rows {2} (cells: {3}): {4}</source>
        <translation>rechazado: hoja {0}, columna {1}, filas {2} (celdas: {3}): {4}</translation>
    </message>
    <message>
        <source>quarantined: sheet {0}, rows {1}: {2}</source>
        <translation>en cuarentena: hoja {0}, filas {1}: {2}</translation>
    </message>
    <message>
        <source>note: {0}</source>
        <translation>nota: {0}</translation>
    </message>
    <message>
        <source>Totals: {0}</source>
        <translation>Totales: {0}</translation>
    </message>
</context>
<context>
    <name>ImportRunning</name>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>{0}: {1} of {2}</source>
        <translation>{0}: {1} de {2}</translation>
    </message>
    <message>
        <source>That mapping cannot be used: {0}</source>
        <translation>Esa correspondencia no se puede usar: {0}</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Add the workbooks to import (or drop them here). A preview shows what they would change before anything is written.</source>
        <translation>Añada los libros que desea importar (o suéltelos aquí). Una vista previa muestra lo que cambiarían antes de escribir nada.</translation>
    </message>
    <message>
        <source>Reading and checking the workbooks… Nothing is written during the preview.</source>
        <translation>Leyendo y comprobando los libros… No se escribe nada durante la vista previa.</translation>
    </message>
    <message>
        <source>Check how this plain sheet is read: its record type, its header row, what each column becomes. A change shows its effect below. Next shows the next sheet, then the preview.</source>
        <translation>Compruebe cómo se lee esta hoja simple: su tipo de registro, su fila de encabezado, en qué se convierte cada columna. Un cambio muestra su efecto abajo. Siguiente muestra la hoja siguiente y luego la vista previa.</translation>
    </message>
    <message>
        <source>Preview: nothing has been written yet. Import applies these changes in one step; if anything goes wrong, nothing is written at all.</source>
        <translation>Vista previa: todavía no se ha escrito nada. Importar aplica estos cambios en un solo paso; si algo falla, no se escribe nada.</translation>
    </message>
    <message>
        <source>Nothing could be read from a workbook that has data, so nothing can be imported. Change how its sheets are read here (the notes below say why), or remove it from the list.</source>
        <translation>No se pudo leer nada de un libro que tiene datos, así que no se puede importar nada. Cambie aquí cómo se leen sus hojas (las notas de abajo dicen por qué) o quítelo de la lista.</translation>
    </message>
    <message>
        <source>Nothing could be read from a workbook that has data, so nothing can be imported. Change how its sheets are read (Back), or remove it from the list.</source>
        <translation>No se pudo leer nada de un libro que tiene datos, así que no se puede importar nada. Cambie cómo se leen sus hojas (Volver) o quítelo de la lista.</translation>
    </message>
    <message>
        <source>A workbook was refused, so nothing can be imported. Remove it from the list, or ask its sender for a new copy, then the preview runs again.</source>
        <translation>Se rechazó un libro, así que no se puede importar nada. Quítelo de la lista o pida una copia nueva a su remitente; la vista previa se vuelve a ejecutar.</translation>
    </message>
    <message>
        <source>Importing… Cancel stops it and writes nothing.</source>
        <translation>Importando… Cancelar la detiene y no escribe nada.</translation>
    </message>
    <message>
        <source>Imported: {0} new, {1} changed, {2} conflicts to look at. Save the report to keep a record of this import.</source>
        <translation>Importado: {0} nuevos, {1} cambiados, {2} conflictos por revisar. Guarde el informe para dejar constancia de esta importación.</translation>
    </message>
    <message>
        <source>The database changed after the preview (an edit, or another import), so the import was planned again before writing; these counts are what was written. </source>
        <translation>La base de datos cambió después de la vista previa (una edición u otra importación), así que la importación se planificó de nuevo antes de escribir; estas cifras son lo que se escribió. </translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written; the database is as it was before.</source>
        <translation>Importación cancelada: no se escribió nada; la base de datos está como antes.</translation>
    </message>
    <message>
        <source>Preview cancelled: nothing was written. Add or remove a file to preview again.</source>
        <translation>Vista previa cancelada: no se escribió nada. Añada o quite un archivo para volver a verla.</translation>
    </message>
    <message>
        <source>The import failed, and nothing was written: {0}</source>
        <translation>La importación falló y no se escribió nada: {0}</translation>
    </message>
</context>
<context>
    <name>KeyTableModel</name>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Vista por primera vez</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>On headquarters' list</source>
        <translation>En la lista de la sede</translation>
    </message>
    <message>
        <source>site {0}</source>
        <translation>sitio {0}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>rotated</source>
        <translation>sustituida</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revocada</translation>
    </message>
    <message>
        <source>this office</source>
        <translation>esta oficina</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>de confianza</translation>
    </message>
    <message>
        <source>trusted, headquarters</source>
        <translation>de confianza, sede</translation>
    </message>
    <message>
        <source>new: not confirmed</source>
        <translation>nueva: sin confirmar</translation>
    </message>
    <message>
        <source>Met in a file; its files are not taken until a person trusts it</source>
        <translation>Vista en un archivo; sus archivos no se toman hasta que una persona confíe en ella</translation>
    </message>
    <message>
        <source>Files under it that bring versions past where it was revoked are refused</source>
        <translation>Los archivos firmados con ella que traen versiones más allá del punto de su revocación se rechazan</translation>
    </message>
    <message>
        <source>How it came to be trusted: {0}</source>
        <translation>Cómo obtuvo la confianza: {0}</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Office keys</source>
        <translation>Claves de las oficinas</translation>
    </message>
    <message>
        <source>Every workbook is signed with its office's key. A new office's files are taken once you trust its key: compare the fingerprint with that office by phone, not by the same email.</source>
        <translation>Cada libro se firma con la clave de su oficina. Los archivos de una oficina nueva se toman cuando usted confía en su clave: compare la huella con esa oficina por teléfono, no por el mismo correo.</translation>
    </message>
    <message>
        <source>&amp;Trust…</source>
        <translation>&amp;Confiar…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Revocar…</translation>
    </message>
    <message>
        <source>Move this office to a &amp;new key…</source>
        <translation>Pasar esta oficina a una clave &amp;nueva…</translation>
    </message>
    <message>
        <source>&amp;Publish the approved list…</source>
        <translation>&amp;Publicar la lista aprobada…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>C&amp;errar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>site {0}</source>
        <translation>sitio {0}</translation>
    </message>
    <message>
        <source>This is headquarters' key: &amp;follow the lists of approved keys it publishes</source>
        <translation>Es la clave de la sede: &amp;seguir las listas de claves aprobadas que publica</translation>
    </message>
    <message>
        <source>Trust this key</source>
        <translation>Confiar en esta clave</translation>
    </message>
    <message>
        <source>Trust the key of {0}?

{1}</source>
        <translation>¿Confiar en la clave de {0}?

{1}</translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation>&amp;Confiar</translation>
    </message>
    <message>
        <source>Read this fingerprint to the office by phone (not by the same email) and trust it only if theirs is the same. Its files are then taken as that office's.</source>
        <translation>Lea esta huella a la oficina por teléfono (no por el mismo correo) y confíe solo si la suya es igual. Sus archivos se toman entonces como de esa oficina.</translation>
    </message>
    <message>
        <source>Trusted: {0}</source>
        <translation>Clave de confianza: {0}</translation>
    </message>
    <message>
        <source>Revoke this key</source>
        <translation>Revocar esta clave</translation>
    </message>
    <message>
        <source>Revoke the key {0} of {1}?</source>
        <translation>¿Revocar la clave {0} de {1}?</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Revocar</translation>
    </message>
    <message>
        <source>Files it signs from now on are refused here, and the revocation travels in your exports to every office that trusts yours. It cannot be trusted again.</source>
        <translation>Los archivos que firme desde ahora se rechazan aquí, y la revocación viaja en sus exportaciones a cada oficina que confía en la suya. No se podrá volver a confiar en ella.</translation>
    </message>
    <message>
        <source>Revoked: {0}</source>
        <translation>Revocada: {0}</translation>
    </message>
    <message>
        <source>Move to a new key</source>
        <translation>Pasar a una clave nueva</translation>
    </message>
    <message>
        <source>Move this office to a new signing key?</source>
        <translation>¿Pasar esta oficina a una clave de firma nueva?</translation>
    </message>
    <message>
        <source>&amp;Move to a new key</source>
        <translation>&amp;Pasar a una clave nueva</translation>
    </message>
    <message>
        <source>Do this when the key may be known to someone else (a lost laptop, a copied folder). The old key signs a record naming the new one, then is revoked: offices that trust the old key take the new one on reading your next export; files signed with the old key from now on are refused.</source>
        <translation>Hágalo cuando la clave pueda conocerla otra persona (un portátil perdido, una carpeta copiada). La clave antigua firma un registro que nombra la nueva y luego se revoca: las oficinas que confían en la antigua toman la nueva al leer su próxima exportación; los archivos firmados desde ahora con la antigua se rechazan.</translation>
    </message>
    <message>
        <source>This office now signs with {0}</source>
        <translation>Esta oficina firma ahora con {0}</translation>
    </message>
    <message>
        <source>Publish the approved list</source>
        <translation>Publicar la lista aprobada</translation>
    </message>
    <message>
        <source>Publish the list of every key trusted here?</source>
        <translation>¿Publicar la lista de todas las claves de confianza aquí?</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <source>For headquarters. The list is signed with this office's key and travels in every export; offices that marked this key as headquarters' trust the keys it lists.</source>
        <translation>Para la sede. La lista se firma con la clave de esta oficina y viaja en cada exportación; las oficinas que marcaron esta clave como la de la sede confían en las claves que lista.</translation>
    </message>
    <message numerus="yes">
        <source>Published a list of %n approved key(s)</source>
        <translation>
            <numerusform>Publicada una lista de %n clave aprobada</numerusform>
            <numerusform>Publicada una lista de %n claves aprobadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LineEditor</name>
    <message>
        <source>name@example.org</source>
        <translation>nombre@ejemplo.org</translation>
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
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Conflicts ({0})</source>
        <translation>Conflictos ({0})</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>&amp;Nuevo registro</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Delete record…</source>
        <translation>&amp;Eliminar registro…</translation>
    </message>
    <message>
        <source>&amp;Import workbooks…</source>
        <translation>&amp;Importar libros…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Report of the MOU's implementation…</source>
        <translation>&amp;Informe de la aplicación del memorando…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>D&amp;uplicate record</source>
        <translation>D&amp;uplicar el registro</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>C&amp;hange field of selected records…</source>
        <translation>Cambiar un campo de los registros selecci&amp;onados…</translation>
    </message>
    <message>
        <source>C&amp;hange field of {0} records…</source>
        <translation>Cambiar un campo de {0} registr&amp;os…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Next pane</source>
        <translation>Panel &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous pane</source>
        <translation>Panel &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>Export &amp;receipts…</source>
        <translation>&amp;Recibos de exportación…</translation>
    </message>
    <message>
        <source>Possible &amp;duplicates…</source>
        <translation>Posibles &amp;duplicados…</translation>
    </message>
    <message>
        <source>Office &amp;keys…</source>
        <translation>&amp;Claves de las oficinas…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About mouliaison</source>
        <translation>&amp;Acerca de mouliaison</translation>
    </message>
    <message>
        <source>&amp;Report a problem…</source>
        <translation>&amp;Informar de un problema…</translation>
    </message>
    <message>
        <source>&amp;Third-party licences</source>
        <translation>Licencias de &amp;terceros</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Set this office first</source>
        <translation>Defina primero esta oficina</translation>
    </message>
    <message>
        <source>No office is set yet, and every record carries the office that made it. Set this office, and the record is saved.</source>
        <translation>Todavía no hay ninguna oficina definida, y cada registro lleva la oficina que lo hizo. Defina esta oficina y el registro se guarda.</translation>
    </message>
    <message>
        <source>&amp;Set the office…</source>
        <translation>&amp;Definir la oficina…</translation>
    </message>
    <message>
        <source>Not saved: no office is set (Tools &gt; Settings sets it).</source>
        <translation>No guardado: no hay ninguna oficina definida (Herramientas &gt; Configuración la define).</translation>
    </message>
    <message>
        <source>no office set</source>
        <translation>ninguna oficina definida</translation>
    </message>
    <message>
        <source>Office: {0}</source>
        <translation>Oficina: {0}</translation>
    </message>
    <message>
        <source>About mouliaison</source>
        <translation>Acerca de mouliaison</translation>
    </message>
    <message>
        <source>&lt;h3&gt;mouliaison {0}&lt;/h3&gt;&lt;p&gt;The liaison desk for the Memorandum of Understanding between the International Organization for Migration (IOM) and the World Customs Organization (WCO), signed on 7 and 8 May 2018.&lt;/p&gt;&lt;p&gt;Records joint activities, meetings, contacts and exchanges offline, and exchanges them as workbooks.&lt;/p&gt;&lt;p&gt;Database: {1}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;mouliaison {0}&lt;/h3&gt;&lt;p&gt;La oficina de enlace del Memorando de Entendimiento entre la Organización Internacional para las Migraciones (OIM) y la Organización Mundial de Aduanas (OMA), firmado el 7 y 8 de mayo de 2018.&lt;/p&gt;&lt;p&gt;Registra sin conexión actividades conjuntas, reuniones, contactos e intercambios, y los intercambia como libros.&lt;/p&gt;&lt;p&gt;Base de datos: {1}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Free software under the MIT licence. It uses other free software, each under its own licence: Help ▸ Third-party licences.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Software libre bajo la licencia MIT. Usa otro software libre, cada uno bajo su propia licencia: Ayuda ▸ Licencias de terceros.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Third-party licences</source>
        <translation>Licencias de terceros</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Record &amp;type:</source>
        <translation>&amp;Tipo de registro:</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>&amp;Fila de encabezado:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Header in the sheet</source>
        <translation>Encabezado en la hoja</translation>
    </message>
    <message>
        <source>HXL tag</source>
        <translation>Etiqueta HXL</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Valores de ejemplo</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Se convierte en</translation>
    </message>
    <message>
        <source>Colu&amp;mns:</source>
        <translation>Colu&amp;mnas:</translation>
    </message>
    <message>
        <source>Row identity (&amp;key):</source>
        <translation>Identidad de la fila (&amp;clave):</translation>
    </message>
    <message>
        <source>Include hi&amp;dden columns and rows</source>
        <translation>Incluir columnas y filas &amp;ocultas</translation>
    </message>
    <message>
        <source>&amp;Fill merged cells down</source>
        <translation>R&amp;ellenar hacia abajo las celdas combinadas</translation>
    </message>
    <message>
        <source>First rows as they will be st&amp;ored:</source>
        <translation>&amp;Primeras filas tal como se guardarán:</translation>
    </message>
    <message>
        <source>{0}, sheet '{1}' (plain sheet {2} of {3})</source>
        <translation>{0}, hoja «{1}» (hoja simple {2} de {3})</translation>
    </message>
    <message>
        <source>{0} (score {1})</source>
        <translation>{0} (puntuación {1})</translation>
    </message>
    <message>
        <source>Do not import this sheet</source>
        <translation>No importar esta hoja</translation>
    </message>
    <message>
        <source>pick the type in “{0}”, or what each column becomes in “{1}”</source>
        <translation>elija el tipo en «{0}», o en qué se convierte cada columna en «{1}»</translation>
    </message>
    <message>
        <source>map one in “{0}”</source>
        <translation>asigne una en «{0}»</translation>
    </message>
    <message>
        <source>Column {0} ({1}) becomes</source>
        <translation>La columna {0} ({1}) se convierte en</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Dejar fuera</translation>
    </message>
    <message>
        <source>Left out: {0}</source>
        <translation>Dejada fuera: {0}</translation>
    </message>
    <message>
        <source>No key: every row is a new record, and a row sent again is imported again.</source>
        <translation>Sin clave: cada fila es un registro nuevo, y una fila enviada de nuevo se importa de nuevo.</translation>
    </message>
    <message>
        <source>A row is the same record when {0} is the same.</source>
        <translation>Una fila es el mismo registro cuando {0} es igual.</translation>
    </message>
    <message>
        <source>A row is the same record when {0} and {1} are the same.</source>
        <translation>Una fila es el mismo registro cuando {0} y {1} son iguales.</translation>
    </message>
    <message>
        <source>{0} — rejected: {1}</source>
        <translation>{0} — rechazada: {1}</translation>
    </message>
    <message>
        <source>Row not imported: {0}</source>
        <translation>Fila no importada: {0}</translation>
    </message>
    <message>
        <source>{0} (not imported)</source>
        <translation>{0} (no importada)</translation>
    </message>
    <message>
        <source>Column {0} already becomes “{1}”, so column {2} cannot become it too. Set one of them to “{3}” first. Nothing was changed.</source>
        <translation>La columna {0} ya se convierte en «{1}», así que la columna {2} no puede convertirse también en ese campo. Ponga primero una de las dos en «{3}». No se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>OfficeBox</name>
    <message>
        <source>This office</source>
        <translation>Esta oficina</translation>
    </message>
    <message>
        <source>e.g. IOM Nairobi</source>
        <translation>p. ej. OIM Nairobi</translation>
    </message>
    <message>
        <source>a code such as KEN, or a name; empty if none</source>
        <translation>un código como KEN, o un nombre; vacío si no hay</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Party:</source>
        <translation>&amp;Parte:</translation>
    </message>
    <message>
        <source>Le&amp;vel:</source>
        <translation>Ni&amp;vel:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>Pa&amp;ís:</translation>
    </message>
    <message>
        <source>&amp;Save office</source>
        <translation>&amp;Guardar la oficina</translation>
    </message>
    <message>
        <source>No office is set yet.</source>
        <translation>Todavía no hay ninguna oficina definida.</translation>
    </message>
    <message>
        <source>“{0}” is not a country this office knows: type its name as the list writes it (such as “{1}”) or its three-letter ISO code (such as DEU), or leave it empty.</source>
        <translation>«{0}» no es un país que esta oficina conozca: escriba su nombre como lo escribe la lista (por ejemplo, «{1}») o su código ISO de tres letras (por ejemplo, DEU), o deje el campo vacío.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>No guardado.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>OverviewCounts</name>
    <message>
        <source>{0}: {1} — press Enter to list them</source>
        <translation>{0}: {1} — pulse Intro para listarlos</translation>
    </message>
    <message>
        <source>{0}: none</source>
        <translation>{0}: ninguna</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
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
        <translation>Resumen</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Save the Overview as shown, as a PDF to print or an Excel workbook</source>
        <translation>Guardar el resumen tal como se muestra, en PDF para imprimir o en libro de Excel</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>as of {0}</source>
        <translation>a {0}</translation>
    </message>
    <message>
        <source>PDF, to print (*.pdf)</source>
        <translation>PDF, para imprimir (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the Overview as</source>
        <translation>Guardar el resumen como</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>The Overview could not be saved as {0}: {1}. Choose another folder or name.</source>
        <translation>No se pudo guardar el resumen como {0}: {1}. Elija otra carpeta u otro nombre.</translation>
    </message>
    <message>
        <source>The Overview is saved as {0}</source>
        <translation>El resumen se guardó como {0}</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>No agreement is recorded.</source>
        <translation>No hay ningún acuerdo registrado.</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>Parties:</source>
        <translation>Partes:</translation>
    </message>
    <message>
        <source>Terminated (the notice took effect)</source>
        <translation>Terminado (el preaviso surtió efecto)</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>In force since:</source>
        <translation>En vigor desde:</translation>
    </message>
    <message>
        <source>Termination notice:</source>
        <translation>Preaviso de terminación:</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source> by {0}</source>
        <translation> por {0}</translation>
    </message>
    <message>
        <source>delivered on {0}{1}</source>
        <translation>entregado el {0}{1}</translation>
    </message>
    <message>
        <source>Takes effect on:</source>
        <translation>Surte efecto el:</translation>
    </message>
    <message>
        <source>Joint activities by status ({0})</source>
        <translation>Actividades conjuntas por estado ({0})</translation>
    </message>
    <message>
        <source>All of the period</source>
        <translation>Todas las del periodo</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Joint activities</source>
        <translation>Actividades conjuntas</translation>
    </message>
    <message numerus="yes">
        <source>Without any date, so in no period: %n</source>
        <translation>
            <numerusform>Sin ninguna fecha, así que en ningún periodo: %n</numerusform>
            <numerusform>Sin ninguna fecha, así que en ningún periodo: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Joint activities by thematic area (MOU 4.1)</source>
        <translation>Actividades conjuntas por área temática (MOU 4.1)</translation>
    </message>
    <message>
        <source>No thematic area given: {0}</source>
        <translation>Sin área temática: {0}</translation>
    </message>
    <message>
        <source>Topics of area x, also counted under x:</source>
        <translation>Temas del área x, contados también en x:</translation>
    </message>
    <message>
        <source>Joint activities by country</source>
        <translation>Actividades conjuntas por país</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n countries</source>
        <translation>
            <numerusform>Mostrar los %n países</numerusform>
            <numerusform>Mostrar los %n países</numerusform>
        </translation>
    </message>
    <message>
        <source>, 1 day ago</source>
        <translation>, hace 1 día</translation>
    </message>
    <message numerus="yes">
        <source>, %n days ago</source>
        <translation>
            <numerusform>, hace %n día</numerusform>
            <numerusform>, hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} — due {1} ({2}), {3}{4}</source>
        <translation>{0} — vence {1} ({2}), {3}{4}</translation>
    </message>
    <message>
        <source>1 day late</source>
        <translation>1 día de retraso</translation>
    </message>
    <message numerus="yes">
        <source>%n days late</source>
        <translation>
            <numerusform>%n día de retraso</numerusform>
            <numerusform>%n días de retraso</numerusform>
        </translation>
    </message>
    <message>
        <source>No activity of the period names a country.</source>
        <translation>Ninguna actividad del periodo indica un país.</translation>
    </message>
    <message numerus="yes">
        <source>Naming no country: %n.</source>
        <translation>
            <numerusform>Sin país indicado: %n.</numerusform>
            <numerusform>Sin país indicado: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>An activity in several countries counts in each.</source>
        <translation>Una actividad en varios países cuenta en cada uno.</translation>
    </message>
    <message>
        <source>Joint activities by quarter (each quarter they run in)</source>
        <translation>Actividades conjuntas por trimestre (cada trimestre en que se desarrollan)</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>An activity counts in each quarter it runs in, from its start (or planned start) to its end (or planned end).</source>
        <translation>Una actividad cuenta en cada trimestre en que se desarrolla, desde su inicio (o inicio previsto) hasta su fin (o fin previsto).</translation>
    </message>
    <message numerus="yes">
        <source>Earlier quarters not shown: %n (choose a period to see them).</source>
        <translation>
            <numerusform>Trimestres anteriores no mostrados: %n (elija un periodo para verlos).</numerusform>
            <numerusform>Trimestres anteriores no mostrados: %n (elija un periodo para verlos).</numerusform>
        </translation>
    </message>
    <message>
        <source>Focal points (MOU 1.4)</source>
        <translation>Puntos focales (MOU 1.4)</translation>
    </message>
    <message>
        <source>Focal points of {0}, {1}</source>
        <translation>Puntos focales de {0}, {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n designated</source>
        <translation>
            <numerusform>%n designado</numerusform>
            <numerusform>%n designados</numerusform>
        </translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>falta %n</numerusform>
            <numerusform>faltan %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Activities confirmed by one party only: {0}</source>
        <translation>Actividades confirmadas por una sola parte: {0}</translation>
    </message>
    <message>
        <source>{0} — confirmed by {1} on {2}; waiting for {3}</source>
        <translation>{0} — confirmada por {1} el {2}; a la espera de {3}</translation>
    </message>
    <message>
        <source>Open cooperation requests: {0}</source>
        <translation>Solicitudes de cooperación abiertas: {0}</translation>
    </message>
    <message>
        <source>{0} — {1} asked {2}{3}</source>
        <translation>{0} — {1} solicitó a {2}{3}</translation>
    </message>
    <message>
        <source>Action items overdue: {0}</source>
        <translation>Acciones pendientes atrasadas: {0}</translation>
    </message>
    <message>
        <source>; owner {0}</source>
        <translation>; responsable {0}</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… y {0} más</translation>
    </message>
</context>
<context>
    <name>PeriodChooser</name>
    <message>
        <source>All dates</source>
        <translation>Todas las fechas</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Los últimos 12 meses</translation>
    </message>
    <message>
        <source>A quarter</source>
        <translation>Un trimestre</translation>
    </message>
    <message>
        <source>From… to…</source>
        <translation>Del… al…</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>The last day is before the first: change one of them.</source>
        <translation>El último día es anterior al primero: cambie uno de los dos.</translation>
    </message>
    <message>
        <source>every activity, dated or not</source>
        <translation>todas las actividades, con fecha o sin ella</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>del {0} al {1}</translation>
    </message>
</context>
<context>
    <name>PickEditor</name>
    <message>
        <source>'{0}' is not in the list; choose one of its entries</source>
        <translation>«{0}» no está en la lista; elija una de sus entradas</translation>
    </message>
</context>
<context>
    <name>PicksEditor</name>
    <message>
        <source>Type to filter the list…</source>
        <translation>Escriba para filtrar la lista…</translation>
    </message>
    <message>
        <source>Filter {0}</source>
        <translation>Filtrar {0}</translation>
    </message>
    <message>
        <source>Chosen ({0}): {1}</source>
        <translation>Elegidos ({0}): {1}</translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation>Ninguno elegido</translation>
    </message>
    <message>
        <source>'{0}' is typed but not ticked: press Enter in the filter to tick it, or clear the filter</source>
        <translation>«{0}» está escrito pero no marcado: pulse Intro en el filtro para marcarlo, o vacíe el filtro</translation>
    </message>
    <message>
        <source>'{0}' is not in the list: tick one of its entries, or add '{0}' as a record of its own first; then clear the filter</source>
        <translation>«{0}» no está en la lista: marque una de sus entradas, o añada primero «{0}» como registro propio; luego vacíe el filtro</translation>
    </message>
</context>
<context>
    <name>ProblemReport</name>
    <message>
        <source>Report a problem</source>
        <translation>Informar de un problema</translation>
    </message>
    <message>
        <source>A report (version, platform, database schema and the end of the log, without any record) was copied: paste it into an email to whoever supports mouliaison, and say what you were doing.

The whole log is in {0}</source>
        <translation>Se copió un informe (versión, sistema, esquema de la base de datos y final del registro, sin ningún registro de datos): péguelo en un correo a quien da soporte a mouliaison y diga qué estaba haciendo.

El registro completo está en {0}</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Ver en:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Ficheros de &amp;tipo:</translation>
    </message>
</context>
<context>
    <name>ReceiptTableModel</name>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Incluidos</translation>
    </message>
    <message>
        <source>Pseudonymised</source>
        <translation>Seudonimizados</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Excluidos</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>A party to the MOU: every contact goes in full, no consent needed</source>
        <translation>Una parte del MOU: cada contacto va completo, sin necesidad de consentimiento</translation>
    </message>
</context>
<context>
    <name>ReceiptsDialog</name>
    <message>
        <source>Export receipts</source>
        <translation>Recibos de exportación</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>C&amp;errar</translation>
    </message>
    <message>
        <source>No export has been made from this database yet.</source>
        <translation>Todavía no se ha hecho ninguna exportación desde esta base de datos.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Export to {0} on {1}</source>
        <translation>Exportación a {0} el {1}</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exportación:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Perfil:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>File id:</source>
        <translation>Id del archivo:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Signed with:</source>
        <translation>Firmado con:</translation>
    </message>
    <message>
        <source>this office's key {0}</source>
        <translation>la clave de esta oficina {0}</translation>
    </message>
    <message>
        <source>no key (only liaison workbooks are signed)</source>
        <translation>ninguna clave (solo se firman los libros de enlace)</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Filas:</translation>
    </message>
    <message>
        <source>Consent basis: personal data sent</source>
        <translation>Base del consentimiento: datos personales enviados</translation>
    </message>
    <message>
        <source>Why contacts were pseudonymised</source>
        <translation>Por qué se seudonimizaron contactos</translation>
    </message>
    <message>
        <source>Why contacts were left out</source>
        <translation>Por qué se excluyeron contactos</translation>
    </message>
    <message>
        <source>HXL-tagged tables, for other tools</source>
        <translation>Tablas etiquetadas HXL, para otras herramientas</translation>
    </message>
    <message>
        <source>iCalendar file of meetings and due dates</source>
        <translation>Archivo iCalendar de reuniones y vencimientos</translation>
    </message>
    <message>
        <source>vCard address book</source>
        <translation>Libreta de direcciones vCard</translation>
    </message>
    <message>
        <source>Liaison workbook</source>
        <translation>Libro de enlace</translation>
    </message>
    <message>
        <source>None needed: the recipient is a party to the MOU.</source>
        <translation>No hace falta: el destinatario es parte del memorando de entendimiento.</translation>
    </message>
    <message>
        <source>No contact’s personal data went in this export.</source>
        <translation>Ningún dato personal de contacto salió en esta exportación.</translation>
    </message>
    <message>
        <source>consent record {0} (not held here)</source>
        <translation>consentimiento {0} (no guardado aquí)</translation>
    </message>
    <message>
        <source>consent for {0}, given {1}</source>
        <translation>consentimiento para {0}, dado el {1}</translation>
    </message>
    <message>
        <source>valid until {0}</source>
        <translation>válido hasta {0}</translation>
    </message>
    <message>
        <source>evidence {0}</source>
        <translation>prueba {0}</translation>
    </message>
</context>
<context>
    <name>RecordFilters</name>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Borrar filtros</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>Part&amp;y:</source>
        <translation>Pa&amp;rte:</translation>
    </message>
    <message>
        <source>Cou&amp;ntry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>Thematic a&amp;rea:</source>
        <translation>Área te&amp;mática:</translation>
    </message>
    <message>
        <source>The focal points designated on that day: started (or with no start) and not ended</source>
        <translation>Los puntos focales designados ese día: designación iniciada (o sin inicio) y no terminada</translation>
    </message>
    <message>
        <source>Le&amp;vel:</source>
        <translation>Ni&amp;vel:</translation>
    </message>
    <message>
        <source>Unt&amp;il:</source>
        <translation>Has&amp;ta:</translation>
    </message>
    <message>
        <source>Current &amp;on:</source>
        <translation>Vi&amp;gente el:</translation>
    </message>
    <message>
        <source>Confirme&amp;d:</source>
        <translation>&amp;Confirmada:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>by both parties</source>
        <translation>por ambas partes</translation>
    </message>
    <message>
        <source>by one party only</source>
        <translation>por una sola parte</translation>
    </message>
    <message>
        <source>by neither</source>
        <translation>por ninguna</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Los campos marcados con * son obligatorios.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Dis&amp;card changes</source>
        <translation>Descartar ca&amp;mbios</translation>
    </message>
    <message>
        <source>The database is open read-only; nothing here can be saved.</source>
        <translation>La base de datos está abierta en solo lectura; aquí no se puede guardar nada.</translation>
    </message>
    <message>
        <source>{0} are never edited: they stay provable (MOU 3.6). Record a new one instead.</source>
        <translation>{0}: nunca se modifican, para que sigan siendo demostrables (MOU 3.6). Registre uno nuevo en su lugar.</translation>
    </message>
    <message>
        <source>New {0}</source>
        <translation>Nuevo registro: {0}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source> (in conflict)</source>
        <translation> (en conflicto)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>This record has changes that are not saved. Save them?</source>
        <translation>Este registro tiene cambios sin guardar. ¿Guardarlos?</translation>
    </message>
    <message>
        <source>Joint confirmation</source>
        <translation>Confirmación conjunta</translation>
    </message>
    <message>
        <source>Each party confirms the record for itself: who confirmed it, and when.</source>
        <translation>Cada parte confirma el registro por sí misma: quién lo confirmó y cuándo.</translation>
    </message>
    <message>
        <source>{0} confirmed by</source>
        <translation>Confirmado por {0}: quién</translation>
    </message>
    <message>
        <source>{0} confirmed on</source>
        <translation>Confirmado por {0}: fecha</translation>
    </message>
    <message>
        <source>First party</source>
        <translation>Primera parte</translation>
    </message>
    <message>
        <source>Second party</source>
        <translation>Segunda parte</translation>
    </message>
    <message>
        <source>{0} (deleted)</source>
        <translation>{0} (eliminado)</translation>
    </message>
    <message>
        <source>Not saved. Fix first:</source>
        <translation>No guardado. Corrija primero:</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>Search the visible columns (Ctrl+F)</source>
        <translation>Buscar en las columnas visibles (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>B&amp;uscar:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the {0} '{1}'? The deletion travels to other offices with your next export.</source>
        <translation>¿Eliminar el registro {0} «{1}»? La eliminación llega a las demás oficinas con su próxima exportación.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>No eliminado</translation>
    </message>
    <message>
        <source>Select the record to duplicate first.</source>
        <translation>Seleccione primero el registro que desea duplicar.</translation>
    </message>
    <message>
        <source>{0} are not duplicated: each is recorded anew.</source>
        <translation>Los {0} no se duplican: cada uno se registra de nuevo.</translation>
    </message>
    <message>
        <source>New {0}, a copy of '{1}'</source>
        <translation>Nuevo registro ({0}), copia de «{1}»</translation>
    </message>
    <message>
        <source>Select the records to change first (Ctrl+click or Shift+click adds rows).</source>
        <translation>Seleccione primero los registros que desea cambiar (Ctrl+clic o Mayús+clic añade filas).</translation>
    </message>
    <message>
        <source>{0} are never edited: they stay provable (MOU 3.6).</source>
        <translation>Los {0} nunca se modifican: siguen siendo prueba (MOU 3.6).</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>No se cambió nada</translation>
    </message>
    <message>
        <source>No record was changed, because:
{0}</source>
        <translation>No se cambió ningún registro, porque:
{0}</translation>
    </message>
    <message>
        <source>{0} changed on {1} records.</source>
        <translation>{0} cambiado en {1} registros.</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source> (more than {0} shown)</source>
        <translation> (más de {0} mostrados)</translation>
    </message>
    <message>
        <source> ({0} shown)</source>
        <translation> ({0} mostrados)</translation>
    </message>
    <message>
        <source>May be the same as '{0}' ({1}); see Tools &gt; Possible duplicates.</source>
        <translation>Puede ser el mismo que «{0}» ({1}); vea Herramientas &gt; Posibles duplicados.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report of the MOU's implementation</source>
        <translation>Informe de la aplicación del memorando de entendimiento</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <source>Activities led by</source>
        <translation>Actividades dirigidas por</translation>
    </message>
    <message>
        <source>Both parties</source>
        <translation>Ambas partes</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Anyone: no personal data</source>
        <translation>Cualquier persona: sin datos personales</translation>
    </message>
    <message>
        <source>Our own organisation (names people)</source>
        <translation>Nuestra organización (nombra a las personas)</translation>
    </message>
    <message>
        <source>The partner party (strictly confidential, names people)</source>
        <translation>La parte asociada (estrictamente confidencial, nombra a las personas)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>PDF, to print or read</source>
        <translation>PDF, para imprimir o leer</translation>
    </message>
    <message>
        <source>Excel workbook (xlsx)</source>
        <translation>Libro de Excel (xlsx)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>Pa&amp;ís:</translation>
    </message>
    <message>
        <source>&amp;Activities led by:</source>
        <translation>&amp;Actividades dirigidas por:</translation>
    </message>
    <message>
        <source>For &amp;whom:</source>
        <translation>&amp;Destinatario:</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>Fo&amp;rmato:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Open the report</source>
        <translation>&amp;Abrir el informe</translation>
    </message>
    <message>
        <source>&amp;Make the report</source>
        <translation>&amp;Generar el informe</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Cerra&amp;r</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Guardar el informe como</translation>
    </message>
    <message>
        <source>The report is saved as {0}</source>
        <translation>El informe se guardó como {0}</translation>
    </message>
    <message>
        <source>No report was made.</source>
        <translation>No se generó ningún informe.</translation>
    </message>
</context>
<context>
    <name>ReportWording</name>
    <message>
        <source>{0} to {1}</source>
        <translation>del {0} al {1}</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>todas las fechas</translation>
    </message>
    <message>
        <source>all countries</source>
        <translation>todos los países</translation>
    </message>
    <message>
        <source>; activities led by {0}</source>
        <translation>; actividades dirigidas por {0}</translation>
    </message>
    <message>
        <source>Period: {0}</source>
        <translation>Período: {0}</translation>
    </message>
    <message>
        <source>Scope: {0}</source>
        <translation>Alcance: {0}</translation>
    </message>
    <message>
        <source>Parties: {0}</source>
        <translation>Partes: {0}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>Prepared for: {0}</source>
        <translation>Preparado para: {0}</translation>
    </message>
    <message>
        <source>Made on {0} with mouliaison; standing figures as of {1}.</source>
        <translation>Elaborado el {0} con mouliaison; situación a {1}.</translation>
    </message>
    <message>
        <source>This report names people: the recipient may see personal data (MOU 3.6).</source>
        <translation>Este informe nombra a personas: el destinatario puede ver datos personales (MOU 3.6).</translation>
    </message>
    <message>
        <source>This report holds no personal data: counts and titles, no one's name or contact details.</source>
        <translation>Este informe no contiene datos personales: recuentos y títulos, ningún nombre ni dato de contacto.</translation>
    </message>
    <message>
        <source>STRICTLY CONFIDENTIAL: shared with the partner party under MOU 3.6</source>
        <translation>ESTRICTAMENTE CONFIDENCIAL: compartido con la parte asociada según el MOU 3.6</translation>
    </message>
    <message>
        <source>(none in this period)</source>
        <translation>(ninguno en este período)</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>Página {0} de {1}</translation>
    </message>
    <message>
        <source>Page &amp;P of &amp;N</source>
        <translation>Página &amp;P de &amp;N</translation>
    </message>
    <message>
        <source>{0}; {1}; made on {2}</source>
        <translation>{0}; {1}; elaborado el {2}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Office not saved</source>
        <translation>Oficina no guardada</translation>
    </message>
    <message>
        <source>The office you typed is not saved. Save it?</source>
        <translation>La oficina escrita no está guardada. ¿Guardarla?</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>S&amp;ystem</source>
        <translation>Si&amp;stema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>C&amp;laro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>Light or dark as the system is, where it tells</source>
        <translation>Claro u oscuro según el sistema, si lo indica</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>Idio&amp;ma:</translation>
    </message>
    <message>
        <source>Takes effect the next time mouliaison starts.</source>
        <translation>Surte efecto la próxima vez que se inicie mouliaison.</translation>
    </message>
    <message>
        <source>Not kept: {0}</source>
        <translation>No guardado: {0}</translation>
    </message>
    <message>
        <source>Applied, but not kept: {0}</source>
        <translation>Aplicado, pero no conservado: {0}</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Open now: {0}</source>
        <translation>Abierta ahora: {0}</translation>
    </message>
    <message>
        <source>&amp;Open another…</source>
        <translation>A&amp;brir otra…</translation>
    </message>
    <message>
        <source>Create a ne&amp;w one…</source>
        <translation>C&amp;rear una nueva…</translation>
    </message>
    <message>
        <source>On a ser&amp;ver…</source>
        <translation>En un ser&amp;vidor…</translation>
    </message>
    <message>
        <source>{0} opens the next time you start mouliaison.</source>
        <translation>{0} se abrirá la próxima vez que inicie mouliaison.</translation>
    </message>
    <message>
        <source>A database on a server</source>
        <translation>Una base de datos en un servidor</translation>
    </message>
    <message>
        <source>The PostgreSQL database's address, as postgresql://USER@HOST/DATABASE (keep the password in the file ~/.pgpass rather than in the address):</source>
        <translation>La dirección de la base de datos PostgreSQL, como postgresql://USUARIO@SERVIDOR/BASE (guarde la contraseña en el archivo ~/.pgpass y no en la dirección):</translation>
    </message>
    <message>
        <source>{0} is not a PostgreSQL address: write it as postgresql://USER@HOST/DATABASE.</source>
        <translation>{0} no es una dirección PostgreSQL: escríbala como postgresql://USUARIO@SERVIDOR/BASE.</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation>Abrir otra base de datos</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation>Crear una nueva base de datos</translation>
    </message>
    <message>
        <source>{0} already exists: it opens, as it is, the next time you start mouliaison.</source>
        <translation>{0} ya existe: se abrirá, tal como está, la próxima vez que inicie mouliaison.</translation>
    </message>
    <message>
        <source>{0} is created the next time you start mouliaison.</source>
        <translation>{0} se creará la próxima vez que inicie mouliaison.</translation>
    </message>
    <message>
        <source>mouliaison databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de mouliaison (*.sqlite3 *.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>{0} is the database open now.</source>
        <translation>{0} es la base de datos abierta ahora.</translation>
    </message>
    <message>
        <source>Cannot keep the choice: {0}</source>
        <translation>No se puede conservar la elección: {0}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>mouliaison cannot open the database</source>
        <translation>mouliaison no puede abrir la base de datos</translation>
    </message>
    <message>
        <source>Unexpected problem</source>
        <translation>Problema inesperado</translation>
    </message>
    <message>
        <source>Where the database is</source>
        <translation>Dónde está la base de datos</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>First party</source>
        <translation>Primera parte</translation>
    </message>
    <message>
        <source>Second party</source>
        <translation>Segunda parte</translation>
    </message>
    <message>
        <source>Signed by the first party on</source>
        <translation>Firmado por la primera parte el</translation>
    </message>
    <message>
        <source>Place of the first party's signature</source>
        <translation>Lugar de la firma de la primera parte</translation>
    </message>
    <message>
        <source>Signatory for the first party</source>
        <translation>Firmante de la primera parte</translation>
    </message>
    <message>
        <source>Signed by the second party on</source>
        <translation>Firmado por la segunda parte el</translation>
    </message>
    <message>
        <source>Place of the second party's signature</source>
        <translation>Lugar de la firma de la segunda parte</translation>
    </message>
    <message>
        <source>Signatory for the second party</source>
        <translation>Firmante de la segunda parte</translation>
    </message>
    <message>
        <source>Entry into force</source>
        <translation>Entrada en vigor</translation>
    </message>
    <message>
        <source>Termination takes effect after (months)</source>
        <translation>La terminación surte efecto tras (meses)</translation>
    </message>
    <message>
        <source>Termination notice delivered on</source>
        <translation>Preaviso de terminación entregado el</translation>
    </message>
    <message>
        <source>Termination notice given by</source>
        <translation>Preaviso de terminación dado por</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Amendments (agreed in writing by both parties)</source>
        <translation>Enmiendas (acordadas por escrito por ambas partes)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>The other party is present here</source>
        <translation>La otra parte está presente aquí</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Title or role</source>
        <translation>Cargo o función</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>Áreas temáticas</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Lead party</source>
        <translation>Parte principal</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Inicio previsto</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fin prevista</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <source>Participating organisations</source>
        <translation>Organizaciones participantes</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Participants (women)</source>
        <translation>Participantes (mujeres)</translation>
    </message>
    <message>
        <source>Participants (men)</source>
        <translation>Participantes (hombres)</translation>
    </message>
    <message>
        <source>Resources of the first party</source>
        <translation>Recursos de la primera parte</translation>
    </message>
    <message>
        <source>Resources of the second party</source>
        <translation>Recursos de la segunda parte</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Project agreement</source>
        <translation>Acuerdo de proyecto</translation>
    </message>
    <message>
        <source>Confirmed for the first party by</source>
        <translation>Confirmado por la primera parte: quién</translation>
    </message>
    <message>
        <source>Confirmed for the first party on</source>
        <translation>Confirmado por la primera parte: fecha</translation>
    </message>
    <message>
        <source>Confirmed for the second party by</source>
        <translation>Confirmado por la segunda parte: quién</translation>
    </message>
    <message>
        <source>Confirmed for the second party on</source>
        <translation>Confirmado por la segunda parte: fecha</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Organised by</source>
        <translation>Organizada por</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Asistentes</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Related activity</source>
        <translation>Actividad relacionada</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Documents (title and reference, one a line)</source>
        <translation>Documentos (título y referencia, uno por línea)</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Related project agreement</source>
        <translation>Acuerdo de proyecto relacionado</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Solicitado por</translation>
    </message>
    <message>
        <source>Requested of</source>
        <translation>Solicitado a</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Solicitado el</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Respondido el</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Roles and responsibilities of the first party</source>
        <translation>Funciones y responsabilidades de la primera parte</translation>
    </message>
    <message>
        <source>Roles and responsibilities of the second party</source>
        <translation>Funciones y responsabilidades de la segunda parte</translation>
    </message>
    <message>
        <source>Owner of the IP</source>
        <translation>Titular de la PI</translation>
    </message>
    <message>
        <source>Party using it</source>
        <translation>Parte que la usa</translation>
    </message>
    <message>
        <source>Logo, name or trademark</source>
        <translation>Logotipo, nombre o marca</translation>
    </message>
    <message>
        <source>Product or event</source>
        <translation>Producto o evento</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Aprobado por</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Aprobado el</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>Written instructions</source>
        <translation>Instrucciones escritas</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Recipient (partner, third-party:NAME, any-third-party)</source>
        <translation>Destinatario (partner, third-party:NOMBRE, any-third-party)</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Dado el</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Evidence reference</source>
        <translation>Referencia de la prueba</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <source>Withdraws the consent</source>
        <translation>Retira el consentimiento</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Retirado el</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Vocabulario</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Parent code</source>
        <translation>Código padre</translation>
    </message>
</context>
<context>
    <name>labelled</name>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>a confirmation names who confirmed and when</source>
        <translation>una confirmación indica quién confirmó y cuándo</translation>
    </message>
    <message>
        <source>an agreement is between two different parties</source>
        <translation>un acuerdo es entre dos partes diferentes</translation>
    </message>
    <message>
        <source>a termination notice names who gave it and when it was delivered</source>
        <translation>un aviso de terminación indica quién lo dio y cuándo se entregó</translation>
    </message>
    <message>
        <source>a notice given needs the date it was delivered</source>
        <translation>un aviso dado necesita la fecha en que se entregó</translation>
    </message>
    <message>
        <source>the designation</source>
        <translation>la designación</translation>
    </message>
    <message>
        <source>the plan</source>
        <translation>el plan</translation>
    </message>
    <message>
        <source>the activity</source>
        <translation>la actividad</translation>
    </message>
    <message>
        <source>information goes from one party to the other</source>
        <translation>la información va de una parte a la otra</translation>
    </message>
    <message>
        <source>a party requests the cooperation of the other</source>
        <translation>una parte solicita la cooperación de la otra</translation>
    </message>
    <message>
        <source>the request</source>
        <translation>la solicitud</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>el proyecto</translation>
    </message>
    <message>
        <source>approval is for the other party's IP (MOU 3.3)</source>
        <translation>la autorización es para la PI de la otra parte (MOU 3.3)</translation>
    </message>
    <message>
        <source>an approval needs its date</source>
        <translation>una autorización necesita su fecha</translation>
    </message>
    <message>
        <source>the approval</source>
        <translation>la autorización</translation>
    </message>
    <message>
        <source>the consent</source>
        <translation>el consentimiento</translation>
    </message>
    <message>
        <source>a withdrawal names the consent it withdraws and its date</source>
        <translation>una retirada indica el consentimiento que retira y su fecha</translation>
    </message>
    <message>
        <source>'{recipient}' is not a recipient; write partner, any-third-party or third-party:NAME</source>
        <translation>«{recipient}» no es un destinatario; escriba partner, any-third-party o third-party:NOMBRE</translation>
    </message>
    <message>
        <source>{what} ends on {last} before it starts on {first}</source>
        <translation>{what} termina el {last}, antes de empezar el {first}</translation>
    </message>
    <message>
        <source>entry into force must be the later signature date, {date}</source>
        <translation>la entrada en vigor debe ser la fecha de la última firma, {date}</translation>
    </message>
    <message>
        <source>{label} is {length:,} characters long as Excel counts them (an emoji or a rare letter counts 2); the limit is {limit:,}</source>
        <translation>{label} tiene {length} caracteres tal como los cuenta Excel (un emoji o una letra poco común cuenta 2); el límite es {limit}</translation>
    </message>
    <message>
        <source>{label} {problem}</source>
        <translation>{label}: {problem}</translation>
    </message>
    <message>
        <source>{label}: {problem}</source>
        <translation>{label}: {problem}</translation>
    </message>
    <message>
        <source>'{value}' is not an email address (name@example.org)</source>
        <translation>«{value}» no es una dirección de correo electrónico (nombre@ejemplo.org)</translation>
    </message>
    <message>
        <source>'{value}' is not a phone number (digits, spaces, + - ( ) .)</source>
        <translation>«{value}» no es un número de teléfono (cifras, espacios, + - ( ) .)</translation>
    </message>
    <message>
        <source>{label} cannot be less than {minimum}</source>
        <translation>{label}: no menos de {minimum}</translation>
    </message>
    <message>
        <source>{type} has no field '{key}'; its fields are: {known}</source>
        <translation>{type} no tiene el campo «{key}»; sus campos son: {known}</translation>
    </message>
    <message>
        <source>{label} is required</source>
        <translation>{label}: obligatorio</translation>
    </message>
    <message>
        <source>{codes} not allowed; use codes such as: {sample}</source>
        <translation>{codes} no permitido; use códigos como: {sample}</translation>
    </message>
    <message>
        <source>no {target} with id {ids}</source>
        <translation>ningún registro {target} con el identificador {ids}</translation>
    </message>
    <message>
        <source>holds an invisible control character (U+{code}) that spreadsheets cannot keep; remove it (copied text sometimes carries one) and try again</source>
        <translation>contiene un carácter de control invisible (U+{code}) que las hojas de cálculo no pueden conservar; elimínelo (un texto copiado a veces lo trae) e inténtelo de nuevo</translation>
    </message>
    <message>
        <source>{date} is outside the dates spreadsheets can show ({earliest} to {latest}); check the year</source>
        <translation>{date} está fuera de las fechas que las hojas de cálculo pueden mostrar ({earliest} a {latest}); compruebe el año</translation>
    </message>
    <message>
        <source>expected true or false, got {kind}</source>
        <translation>se esperaba verdadero o falso, se recibió {kind}</translation>
    </message>
    <message>
        <source>expected text, got {kind}</source>
        <translation>se esperaba texto, se recibió {kind}</translation>
    </message>
    <message>
        <source>'{text}' is not yes or no; write true or false</source>
        <translation>«{text}» no es sí ni no; escriba true o false</translation>
    </message>
    <message>
        <source>expected a date, got {kind}</source>
        <translation>se esperaba una fecha, se recibió {kind}</translation>
    </message>
    <message>
        <source>expected a list, got {kind}</source>
        <translation>se esperaba una lista, se recibió {kind}</translation>
    </message>
    <message>
        <source>expected a whole number, got {kind}</source>
        <translation>se esperaba un número entero, se recibió {kind}</translation>
    </message>
    <message>
        <source>expected a list of text, got {kind}</source>
        <translation>se esperaba una lista de textos, se recibió {kind}</translation>
    </message>
    <message>
        <source>'{text}' is not a date; write it as YYYY-MM-DD, e.g. 2018-05-08</source>
        <translation>«{text}» no es una fecha; escríbala como AAAA-MM-DD, por ejemplo 2018-05-08</translation>
    </message>
    <message>
        <source>expected a date without a time of day</source>
        <translation>se esperaba una fecha sin hora</translation>
    </message>
    <message>
        <source>'{text}' is not a date</source>
        <translation>«{text}» no es una fecha</translation>
    </message>
    <message>
        <source>'{text}' is not a whole number</source>
        <translation>«{text}» no es un número entero</translation>
    </message>
    <message>
        <source>this person's personal data was erased on request (MOU 3.6)</source>
        <translation>los datos personales de esta persona se borraron a petición (MOU 3.6)</translation>
    </message>
    <message>
        <source>{who} refer to this {type}; change them first, or delete it anyway with --force (they will name a deleted record)</source>
        <translation>{who} remiten a este registro ({type}); cámbielos primero, o elimínelo de todos modos con --force (nombrarán un registro eliminado)</translation>
    </message>
    <message>
        <source>no {target} is called '{name}'; give its name exactly, or its id</source>
        <translation>ningún registro {target} se llama «{name}»; indique su nombre exacto o su identificador</translation>
    </message>
    <message>
        <source>{count} records of type {target} are called '{name}'; give the id of one: {ids}</source>
        <translation>{count} registros de tipo {target} se llaman «{name}»; indique el identificador de uno: {ids}</translation>
    </message>
    <message>
        <source>'{title}': {problem}</source>
        <translation>«{title}»: {problem}</translation>
    </message>
    <message>
        <source>{n} formula cells: their computed values were taken, the formulas were not evaluated</source>
        <translation>{n} celdas con fórmula: se tomaron sus valores calculados, las fórmulas no se evaluaron</translation>
    </message>
    <message>
        <source>{n} cells had a time of day; the date was kept</source>
        <translation>{n} celdas tenían una hora; se conservó la fecha</translation>
    </message>
    <message>
        <source>1 formula cell: its computed value was taken, the formula was not evaluated</source>
        <translation>1 celda con fórmula: se tomó su valor calculado, la fórmula no se evaluó</translation>
    </message>
    <message>
        <source>{sheet}, column {letter} ({label}): {note}</source>
        <translation>{sheet}, columna {letter} ({label}): {note}</translation>
    </message>
    <message>
        <source>1 cell had a time of day; the date was kept</source>
        <translation>1 celda tenía una hora; se conservó la fecha</translation>
    </message>
    <message>
        <source>"{name}" is not an Excel workbook (.xlsx): it is not even a zip archive, as every .xlsx file is. It may be damaged, or another kind of file renamed. Ask the sender for the workbook saved from Excel as .xlsx.</source>
        <translation>«{name}» no es un libro de Excel (.xlsx): ni siquiera es un archivo zip, como lo es todo archivo .xlsx. Puede estar dañado, o ser otro tipo de archivo renombrado. Pida al remitente el libro guardado desde Excel como .xlsx.</translation>
    </message>
    <message>
        <source>"{name}" is an old Excel 97-2003 workbook (.xls), which this app does not read. Open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx), then import the new file.</source>
        <translation>«{name}» es un libro antiguo de Excel 97-2003 (.xls), que esta aplicación no lee. Ábralo en Excel o LibreOffice y guárdelo como libro de Excel (.xlsx); luego importe el archivo nuevo.</translation>
    </message>
    <message>
        <source>"{name}" is a PDF document, not an Excel workbook (.xlsx). Ask the sender for the workbook saved from Excel as .xlsx.</source>
        <translation>«{name}» es un documento PDF, no un libro de Excel (.xlsx). Pida al remitente el libro guardado desde Excel como .xlsx.</translation>
    </message>
    <message>
        <source>"{name}" is a picture, not an Excel workbook (.xlsx). Ask the sender for the workbook saved from Excel as .xlsx.</source>
        <translation>«{name}» es una imagen, no un libro de Excel (.xlsx). Pida al remitente el libro guardado desde Excel como .xlsx.</translation>
    </message>
    <message>
        <source>"{name}" is a compressed archive of another kind (RAR, 7-Zip or gzip), not an Excel workbook (.xlsx). Unpack it first and import the .xlsx inside.</source>
        <translation>«{name}» es un archivo comprimido de otro tipo (RAR, 7-Zip o gzip), no un libro de Excel (.xlsx). Descomprímalo primero e importe el .xlsx que contiene.</translation>
    </message>
    <message>
        <source>"{name}" is a plain text file (a CSV file or similar, renamed), not an Excel workbook (.xlsx). Open it in Excel or LibreOffice, check the columns, save it as an Excel workbook (.xlsx) and import that.</source>
        <translation>«{name}» es un archivo de texto (un archivo CSV o similar, renombrado), no un libro de Excel (.xlsx). Ábralo en Excel o LibreOffice, revise las columnas, guárdelo como libro de Excel (.xlsx) e importe ese.</translation>
    </message>
    <message>
        <source>"{name}" is empty (0 bytes): it was probably not saved or copied completely. Ask the sender to send it again.</source>
        <translation>«{name}» está vacío (0 bytes): probablemente no se guardó o copió por completo. Pida al remitente que lo envíe de nuevo.</translation>
    </message>
    <message>
        <source>"{name}" is {size}, more than the {limit} this app accepts. Ask the sender to split it into smaller workbooks.</source>
        <translation>«{name}» ocupa {size}, más de los {limit} que acepta esta aplicación. Pida al remitente que lo divida en libros más pequeños.</translation>
    </message>
    <message>
        <source>"{name}" is protected with a password (an encrypted workbook), so it cannot be read. Open it in Excel or LibreOffice with the password, remove the password, save it again as .xlsx and import the new file.</source>
        <translation>«{name}» está protegido con contraseña (un libro cifrado), así que no se puede leer. Ábralo en Excel o LibreOffice con la contraseña, quite la contraseña, guárdelo de nuevo como .xlsx e importe el archivo nuevo.</translation>
    </message>
    <message>
        <source>"{name}" is an old Word document (.doc), not an Excel workbook. Ask the sender for the Excel workbook (.xlsx).</source>
        <translation>«{name}» es un documento antiguo de Word (.doc), no un libro de Excel. Pida al remitente el libro de Excel (.xlsx).</translation>
    </message>
    <message>
        <source>"{name}" is an old PowerPoint presentation (.ppt), not an Excel workbook. Ask the sender for the Excel workbook (.xlsx).</source>
        <translation>«{name}» es una presentación antigua de PowerPoint (.ppt), no un libro de Excel. Pida al remitente el libro de Excel (.xlsx).</translation>
    </message>
    <message>
        <source>"{name}" is an Excel 2003 XML spreadsheet, not an Excel workbook (.xlsx). Open it in Excel or LibreOffice, check the columns, save it as an Excel workbook (.xlsx) and import that.</source>
        <translation>«{name}» es una hoja de cálculo XML de Excel 2003, no un libro de Excel (.xlsx). Ábrala en Excel o LibreOffice, revise las columnas, guárdela como libro de Excel (.xlsx) e importe ese.</translation>
    </message>
    <message>
        <source>"{name}" is a web page (HTML) with a workbook's name, not an Excel workbook (.xlsx). Open it in Excel or LibreOffice, check the columns, save it as an Excel workbook (.xlsx) and import that.</source>
        <translation>«{name}» es una página web (HTML) con nombre de libro, no un libro de Excel (.xlsx). Ábrala en Excel o LibreOffice, revise las columnas, guárdela como libro de Excel (.xlsx) e importe ese.</translation>
    </message>
    <message>
        <source>rows {rows}</source>
        <translation>filas {rows}</translation>
    </message>
    <message>
        <source>row {rows}</source>
        <translation>fila {rows}</translation>
    </message>
    <message>
        <source>{sheet} rows {rows}: imported without their rejected cells; fix those cells (or the mapping) and import the sheet again: the rows complete their records, they do not come twice</source>
        <translation>{sheet}, filas {rows}: importadas sin sus celdas rechazadas; corrija esas celdas (o la correspondencia de columnas) e importe la hoja de nuevo: las filas completan sus registros, no vienen dos veces</translation>
    </message>
    <message>
        <source>{count} {type} are not held here: {names}: add them first, or import with create_missing</source>
        <translation>{count} {type} que no existen aquí: {names}: añada esos registros primero, o importe con create_missing</translation>
    </message>
    <message>
        <source>{sheet} row {rows}: imported without its rejected cells; fix those cells (or the mapping) and import the sheet again: the row completes its record, it does not come twice</source>
        <translation>{sheet}, fila {rows}: importada sin sus celdas rechazadas; corrija esas celdas (o la correspondencia de columnas) e importe la hoja de nuevo: la fila completa su registro, no viene dos veces</translation>
    </message>
    <message>
        <source>{count} {type} is not held here: {names}: add it first ({why})</source>
        <translation>{count} {type} que no existe aquí: {names}: añada ese registro primero ({why})</translation>
    </message>
    <message>
        <source>{count} {type} are not held here: {names}: add them first ({why})</source>
        <translation>{count} {type} que no existen aquí: {names}: añada esos registros primero ({why})</translation>
    </message>
    <message>
        <source>{count} {type} is not held here: {names}: add it first, or import with create_missing</source>
        <translation>{count} {type} que no existe aquí: {names}: añada ese registro primero, o importe con create_missing</translation>
    </message>
    <message>
        <source>{count} rows differ from what a copy of these sheets read before said, and this file holds no time it was saved (a CSV file does not), so it reads as the older copy: those cells were not taken. To take them, save the file as .xlsx or .ods and import that</source>
        <translation>{count} filas difieren de lo que decía una copia de estas hojas leída antes, y este archivo no indica cuándo se guardó (un archivo CSV no lo hace): cuenta como la copia más antigua y esas celdas no se tomaron. Para tomarlas, guarde el archivo como .xlsx u .ods e importe ese</translation>
    </message>
    <message>
        <source>{sheet} {rows}: their key cells are empty, so nothing tells these rows apart when the sheet is sent again: they will be imported again then; fill in the key cells (or choose other key columns)</source>
        <translation>{sheet}, {rows}: sus celdas clave están vacías, así que nada distingue estas filas cuando la hoja se envíe de nuevo: se importarán otra vez entonces; rellene las celdas clave (o elija otras columnas clave)</translation>
    </message>
    <message>
        <source>{sheet} {rows}: their records were deleted here; not imported again</source>
        <translation>{sheet}, {rows}: sus registros se eliminaron aquí; no se importan de nuevo</translation>
    </message>
    <message>
        <source>{count} {type} made from the names in the sheets (create_missing): {names}</source>
        <translation>{count} {type} creados a partir de los nombres de las hojas (create_missing): {names}</translation>
    </message>
    <message>
        <source>{sheet} row {rows}: not imported because of their rejected cells; fix those cells and import the sheet again (the rows imported now will not come twice)</source>
        <translation>{sheet}, fila {rows}: no importada por sus celdas rechazadas; corrija esas celdas e importe la hoja de nuevo (las filas importadas ahora no vendrán dos veces)</translation>
    </message>
    <message>
        <source>{sheet} rows {rows}: not imported because of their rejected cells; fix those cells and import the sheet again (the rows imported now will not come twice)</source>
        <translation>{sheet}, filas {rows}: no importadas por sus celdas rechazadas; corrija esas celdas e importe la hoja de nuevo (las filas importadas ahora no vendrán dos veces)</translation>
    </message>
    <message>
        <source>a {type} cannot be made from a name alone (it needs {fields} too)</source>
        <translation>un registro {type} no se puede crear solo con un nombre (también necesita: {fields})</translation>
    </message>
    <message>
        <source>'{name}' may mean several countries: {countries}; write the code of the one meant</source>
        <translation>«{name}» puede designar varios países: {countries}; escriba el código del que se quiere decir</translation>
    </message>
    <message>
        <source>{first}; {then}</source>
        <translation>{first}; {then}</translation>
    </message>
    <message>
        <source>versions of an unknown record type '{entity}' are kept as they are</source>
        <translation>las versiones de un tipo de registro desconocido «{entity}» se conservan tal cual</translation>
    </message>
    <message>
        <source>{entity} {id} has versions but no current row</source>
        <translation>{entity} {id} tiene versiones pero ninguna fila actual</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>{entity} {id}: the current row differs from its versions in {where}</source>
        <translation>{entity} {id}: la fila actual difiere de sus versiones en {where}</translation>
    </message>
    <message>
        <source>{entity} {id} field {field} refers to {target} {missing}, which this database does not hold</source>
        <translation>{entity} {id}, campo {field}, remite a {target} {missing}, que esta base no contiene</translation>
    </message>
    <message>
        <source>See how its sheets map with `mouliaison import {name} --show-mapping`, correct that mapping and import again with --map MAPPING.json; or remove the file from this import</source>
        <translation>Vea cómo se asignan sus hojas con `mouliaison import {name} --show-mapping`, corrija esa asignación e importe de nuevo con --map MAPPING.json; o quite el archivo de esta importación</translation>
    </message>
    <message>
        <source>{count} rows quarantined</source>
        <translation>{count} filas apartadas</translation>
    </message>
    <message>
        <source>{count} cells rejected</source>
        <translation>{count} celdas rechazadas</translation>
    </message>
    <message>
        <source>no record type for sheet {sheets}</source>
        <translation>ningún tipo de registro para la hoja {sheets}</translation>
    </message>
    <message>
        <source>Implementation of the Memorandum of Understanding</source>
        <translation>Aplicación del memorando de entendimiento</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>An activity in several countries counts in each. {count} have no country.</source>
        <translation>Una actividad en varios países cuenta en cada uno. {count} no tienen país.</translation>
    </message>
    <message>
        <source>{exchanges}: {classes}.</source>
        <translation>{exchanges}: {classes}.</translation>
    </message>
    <message>
        <source>{count} joint activity whose dates meet the period.</source>
        <translation>{count} actividad conjunta cuyas fechas coinciden con el período.</translation>
    </message>
    <message>
        <source>{count} joint activities whose dates meet the period.</source>
        <translation>{count} actividades conjuntas cuyas fechas coinciden con el período.</translation>
    </message>
    <message>
        <source>{count} activity has no date and no period counts it.</source>
        <translation>{count} actividad no tiene fecha y ningún período la cuenta.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Agreement status (MOU 7.1, 7.2)</source>
        <translation>Estado del acuerdo (MOU 7.1, 7.2)</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} y {second}</translation>
    </message>
    <message>
        <source>{count} joint activity in the period.</source>
        <translation>{count} actividad conjunta en el período.</translation>
    </message>
    <message>
        <source>{count} joint activities in the period.</source>
        <translation>{count} actividades conjuntas en el período.</translation>
    </message>
    <message>
        <source>{counted} {undated}</source>
        <translation>{counted} {undated}</translation>
    </message>
    <message>
        <source>Joint activities by status</source>
        <translation>Actividades conjuntas por estado</translation>
    </message>
    <message>
        <source>{code}. {label}</source>
        <translation>{code}. {label}</translation>
    </message>
    <message>
        <source>Joint activities by country</source>
        <translation>Actividades conjuntas por país</translation>
    </message>
    <message>
        <source>Joint activities by quarter of their start</source>
        <translation>Actividades conjuntas por trimestre de inicio</translation>
    </message>
    <message>
        <source>An activity that started before the period counts in its first quarter.</source>
        <translation>Una actividad que empezó antes del período cuenta en su primer trimestre.</translation>
    </message>
    <message>
        <source>Both parties</source>
        <translation>Ambas partes</translation>
    </message>
    <message>
        <source>Neither party</source>
        <translation>Ninguna parte</translation>
    </message>
    <message>
        <source>{party} only</source>
        <translation>Solo {party}</translation>
    </message>
    <message>
        <source>Joint confirmation of activities</source>
        <translation>Confirmación conjunta de las actividades</translation>
    </message>
    <message>
        <source>Focal points (MOU 1.3, 1.4)</source>
        <translation>Puntos focales (MOU 1.3, 1.4)</translation>
    </message>
    <message>
        <source>As of {day}: {missing} of {levels} levels without a focal point.</source>
        <translation>A {day}: {missing} de {levels} niveles sin punto focal.</translation>
    </message>
    <message>
        <source>Open cooperation requests (MOU 1.2)</source>
        <translation>Solicitudes de cooperación abiertas (MOU 1.2)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Días de retraso</translation>
    </message>
    <message>
        <source>1 open action item past the due date as of {day}.</source>
        <translation>1 acción abierta ha pasado su vencimiento a {day}.</translation>
    </message>
    <message>
        <source>{count} open action items past the due date as of {day}.</source>
        <translation>{count} acciones abiertas han pasado su vencimiento a {day}.</translation>
    </message>
    <message>
        <source>{note} Owners are not named in a report for this recipient.</source>
        <translation>{note} Los responsables no se nombran en un informe para este destinatario.</translation>
    </message>
    <message>
        <source>Overdue action items</source>
        <translation>Acciones atrasadas</translation>
    </message>
    <message>
        <source>{first}, {rest}</source>
        <translation>{first}, {rest}</translation>
    </message>
    <message>
        <source>1 meeting</source>
        <translation>1 reunión</translation>
    </message>
    <message>
        <source>{count} meetings</source>
        <translation>{count} reuniones</translation>
    </message>
    <message>
        <source>1 observer invitation</source>
        <translation>1 invitación de observador</translation>
    </message>
    <message>
        <source>{count} observer invitations</source>
        <translation>{count} invitaciones de observador</translation>
    </message>
    <message>
        <source>{meetings}, of which {observers} (MOU 5) ({kinds}).</source>
        <translation>{meetings}, de las cuales {observers} (MOU 5) ({kinds}).</translation>
    </message>
    <message>
        <source>{meetings}, of which {observers} (MOU 5).</source>
        <translation>{meetings}, de las cuales {observers} (MOU 5).</translation>
    </message>
    <message>
        <source>{note} For one country, only meetings about an activity in it are listed.</source>
        <translation>{note} Para un país, solo se listan las reuniones sobre una actividad en él.</translation>
    </message>
    <message>
        <source>Meetings and observers (MOU 5)</source>
        <translation>Reuniones y observadores (MOU 5)</translation>
    </message>
    <message>
        <source>1 request or approval dated in the period.</source>
        <translation>1 solicitud o autorización fechada en el período.</translation>
    </message>
    <message>
        <source>{count} requests or approvals dated in the period.</source>
        <translation>{count} solicitudes o autorizaciones fechadas en el período.</translation>
    </message>
    <message>
        <source>Use of the other party's name, logo or trademark (MOU 3.3)</source>
        <translation>Uso del nombre, el logotipo o la marca de la otra parte (MOU 3.3)</translation>
    </message>
    <message>
        <source>1 exchange</source>
        <translation>1 intercambio</translation>
    </message>
    <message>
        <source>{count} exchanges</source>
        <translation>{count} intercambios</translation>
    </message>
    <message>
        <source>{note} For one country, only exchanges about an activity in it are listed.</source>
        <translation>{note} Para un país, solo se listan los intercambios sobre una actividad en él.</translation>
    </message>
    <message>
        <source>Information exchanges (MOU 3.1, 3.2)</source>
        <translation>Intercambios de información (MOU 3.1, 3.2)</translation>
    </message>
    <message>
        <source>{count} activities have no date and no period counts them.</source>
        <translation>{count} actividades no tienen fecha y ningún período las cuenta.</translation>
    </message>
    <message>
        <source>Joint activities by country and status</source>
        <translation>Actividades conjuntas por país y estado</translation>
    </message>
    <message>
        <source>Joint activities by quarter (each quarter they run in) and status</source>
        <translation>Actividades conjuntas por trimestre (cada trimestre en que se desarrollan) y estado</translation>
    </message>
    <message>
        <source>Activities confirmed by one party only</source>
        <translation>Actividades confirmadas por una sola parte</translation>
    </message>
    <message>
        <source>As of {day}.</source>
        <translation>A {day}.</translation>
    </message>
    <message>
        <source>no recipient named</source>
        <translation>ningún destinatario indicado</translation>
    </message>
    <message>
        <source>Overview of the MOU's implementation</source>
        <translation>Resumen de la aplicación del memorando de entendimiento</translation>
    </message>
    <message>
        <source>Agreement status</source>
        <translation>Estado del acuerdo</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Partes</translation>
    </message>
    <message>
        <source>In force since</source>
        <translation>En vigor desde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>1 more has no date at all and is not counted: give it a start or planned start.</source>
        <translation>1 más no tiene ninguna fecha y no se cuenta: indique su inicio o inicio previsto.</translation>
    </message>
    <message>
        <source>{count} more have no date at all and are not counted: give them a start or planned start.</source>
        <translation>{count} más no tienen ninguna fecha y no se cuentan: indique su inicio o inicio previsto.</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Joint activities by thematic area (MOU 4.1 i-xi)</source>
        <translation>Actividades conjuntas por área temática (MOU 4.1 i-xi)</translation>
    </message>
    <message>
        <source>An activity counts once under each area it is tagged with. {count} have no thematic area.</source>
        <translation>Una actividad cuenta una vez en cada área que tiene asignada. {count} no tienen área temática.</translation>
    </message>
    <message>
        <source>Joint activities by topic of area x (MOU 4.1 x.a-x.l)</source>
        <translation>Actividades conjuntas por tema del área x (MOU 4.1 x.a-x.l)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>Código ISO</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>Confirmada por</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Designated</source>
        <translation>Designados</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Solicitada por</translation>
    </message>
    <message>
        <source>Requested of</source>
        <translation>Solicitada a</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Solicitada el</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>Días abierta</translation>
    </message>
    <message>
        <source>1 open now; days open counted to {day}.</source>
        <translation>1 abierta ahora; días contados hasta el {day}.</translation>
    </message>
    <message>
        <source>{count} open now; days open counted to {day}.</source>
        <translation>{count} abiertas ahora; días contados hasta el {day}.</translation>
    </message>
    <message>
        <source>{kind}: {count}</source>
        <translation>{kind}: {count}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Organised by</source>
        <translation>Organizada por</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Asistentes</translation>
    </message>
    <message>
        <source>Product or event</source>
        <translation>Producto o evento</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Usado por</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Autorizado el</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Vence el</translation>
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
        <translation>A</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>An activity counts in each quarter it runs in (from its start, or planned start, to its end, or planned end).</source>
        <translation>Una actividad cuenta en cada trimestre en que se desarrolla (desde su inicio, o inicio previsto, hasta su fin, o fin previsto).</translation>
    </message>
    <message>
        <source>An activity counts in each quarter it runs in (from its start, or planned start, to its end, or planned end). The {count} earlier quarters are left out.</source>
        <translation>Una actividad cuenta en cada trimestre en que se desarrolla (desde su inicio, o inicio previsto, hasta su fin, o fin previsto). Los {count} trimestres anteriores no se muestran.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>On</source>
        <translation>El</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>A la espera de</translation>
    </message>
    <message>
        <source>No agreement is held in this database.</source>
        <translation>No hay ningún acuerdo en esta base de datos.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrada</translation>
    </message>
    <message>
        <source>Termination notice delivered on</source>
        <translation>Aviso de terminación entregado el</translation>
    </message>
    <message>
        <source>Notice given by</source>
        <translation>Aviso dado por</translation>
    </message>
    <message>
        <source>Termination takes effect on</source>
        <translation>La terminación surte efecto el</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>FALTA</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <source>(confidential: not described to this recipient)</source>
        <translation>(confidencial: no se describe a este destinatario)</translation>
    </message>
    <message>
        <source>a date, but {label} expects {expects}</source>
        <translation>una fecha, pero {label} espera {expects}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>a value of an unexpected kind ({kind})</source>
        <translation>un valor de un tipo inesperado ({kind})</translation>
    </message>
    <message>
        <source>'{text}' is not a whole number; write digits only, e.g. 1200 (thousands may be grouped in threes: 1 200)</source>
        <translation>«{text}» no es un número entero; escriba solo cifras, por ejemplo 1200 (los miles pueden agruparse de tres en tres: 1 200)</translation>
    </message>
    <message>
        <source>'{text}' is not yes or no; write yes or no (oui/non, sí/no)</source>
        <translation>«{text}» no es sí ni no; escriba sí o no (yes/no, oui/non)</translation>
    </message>
    <message>
        <source>the number {number}, but {label} expects {expects}</source>
        <translation>el número {number}, pero {label} espera {expects}</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>una fecha</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>sí o no</translation>
    </message>
    <message>
        <source>{value} is a yes/no value; {label} expects {expects}</source>
        <translation>{value} es un valor sí/no; {label} espera {expects}</translation>
    </message>
    <message>
        <source>a time of day without a date; {label} expects {expects}</source>
        <translation>una hora sin fecha; {label} espera {expects}</translation>
    </message>
    <message>
        <source>a formula ({formula}) whose result the file does not hold (it was never calculated); open the file in Excel or LibreOffice, save it and import it again, or type the value itself</source>
        <translation>una fórmula ({formula}) cuyo resultado el archivo no contiene (nunca se calculó); abra el archivo en Excel o LibreOffice, guárdelo e impórtelo de nuevo, o escriba el valor mismo</translation>
    </message>
    <message>
        <source>a formula ({formula}) whose result is an error ({error}); correct it or type the value itself</source>
        <translation>una fórmula ({formula}) cuyo resultado es un error ({error}); corríjala o escriba el valor mismo</translation>
    </message>
    <message>
        <source>'{text}' is not a country known here; write its ISO code (e.g. KEN) or its name in English, French or Spanish</source>
        <translation>«{text}» no es un país conocido aquí; escriba su código ISO (por ejemplo KEN) o su nombre en inglés, francés o español</translation>
    </message>
    <message>
        <source>a formula ({formula}) whose computed value does not fit: {problem}</source>
        <translation>una fórmula ({formula}) cuyo valor calculado no conviene: {problem}</translation>
    </message>
    <message>
        <source>'{text}' is not a country known here; write its ISO code (e.g. KEN) or its name in English, French or Spanish; separate several countries with ; or ,</source>
        <translation>«{text}» no es un país conocido aquí; escriba su código ISO (por ejemplo KEN) o su nombre en inglés, francés o español; separe varios países con ; o ,</translation>
    </message>
    <message>
        <source>{number} is not a whole number</source>
        <translation>{number} no es un número entero</translation>
    </message>
    <message>
        <source>Open it in Excel or LibreOffice and save it as "CSV UTF-8 (comma delimited)" or as an Excel workbook (.xlsx), then import that file.</source>
        <translation>Ábralo en Excel o LibreOffice y guárdelo como «CSV UTF-8 (delimitado por comas)» o como libro de Excel (.xlsx); luego importe ese archivo.</translation>
    </message>
    <message>
        <source>commas (,)</source>
        <translation>comas (,)</translation>
    </message>
    <message>
        <source>semicolons (;)</source>
        <translation>puntos y comas (;)</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulaciones</translation>
    </message>
    <message>
        <source>"{name}" is not a text file (it holds binary data), so it is not a CSV file: it may be damaged, or another kind of file renamed. Ask the sender for the data as CSV (UTF-8) or as an Excel workbook (.xlsx).</source>
        <translation>«{name}» no es un archivo de texto (contiene datos binarios), así que no es un archivo CSV: puede estar dañado, o ser otro tipo de archivo renombrado. Pida al remitente los datos en CSV (UTF-8) o como libro de Excel (.xlsx).</translation>
    </message>
    <message>
        <source>"{name}" is neither UTF-8 nor Windows-1252 text (on line {line:,}, the byte {byte} is not a character in either), so its accents would come out wrong. Open it in the program that made it, save it as "CSV UTF-8", and import that file.</source>
        <translation>«{name}» no es texto UTF-8 ni Windows-1252 (en la línea {line}, el byte {byte} no es un carácter en ninguno de los dos), así que sus acentos saldrían mal. Ábralo en el programa que lo creó, guárdelo como «CSV UTF-8» e importe ese archivo.</translation>
    </message>
    <message>
        <source>"{name}" could not be read ({reason}). Check that it is still there and unchanged, then import it again.</source>
        <translation>«{name}» no se pudo leer ({reason}). Compruebe que sigue ahí y sin cambios, e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>"{name}" is UTF-16 text (what Excel calls "Unicode Text"), which this app does not read as CSV. Open it in Excel or LibreOffice and save it as "CSV UTF-8 (comma delimited)", then import that file.</source>
        <translation>«{name}» es texto UTF-16 (lo que Excel llama «Texto Unicode»), que esta aplicación no lee como CSV. Ábralo en Excel o LibreOffice y guárdelo como «CSV UTF-8 (delimitado por comas)»; luego importe ese archivo.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text; it was read as Windows-1252 (Western European, as Excel saves plain CSV in French or Spanish): check the accents of the imported records, or save it as "CSV UTF-8" and import that instead</source>
        <translation>{name} no es texto UTF-8; se leyó como Windows-1252 (Europa occidental, como Excel guarda el CSV simple en francés o español): compruebe los acentos de los registros importados, o guárdelo como «CSV UTF-8» e importe ese en su lugar</translation>
    </message>
    <message>
        <source>"{name}" holds no rows (only blank lines). Ask the sender to export the data again.</source>
        <translation>«{name}» no contiene filas (solo líneas en blanco). Pida al remitente que exporte de nuevo los datos.</translation>
    </message>
    <message>
        <source>{name}: its first rows could be split by {best} or by {other}; read as separated by {best} ({columns} columns). If the columns look wrong, save the file with one kind of separator and import it again</source>
        <translation>{name}: sus primeras filas podían separarse por {best} o por {other}; se leyeron como separadas por {best} ({columns} columnas). Si las columnas parecen erróneas, guarde el archivo con un solo tipo de separador e impórtelo de nuevo</translation>
    </message>
    <message>
        <source>"{name}" has {columns:,} columns, more than the {limit} this app reads. Remove the columns you do not need to import and import the file again.</source>
        <translation>«{name}» tiene {columns} columnas, más que las {limit} que esta aplicación lee. Elimine las columnas que no necesite importar e importe el archivo de nuevo.</translation>
    </message>
    <message>
        <source>{rows} and {more} more</source>
        <translation>{rows} y {more} más</translation>
    </message>
    <message>
        <source>"{name}" has a row longer than {millions} million characters: a quote (") is probably missing, so the rest of the file reads as one value. {save_as}</source>
        <translation>«{name}» tiene una fila de más de {millions} millones de caracteres: probablemente falta una comilla ("), así que el resto del archivo se lee como un solo valor. {save_as}</translation>
    </message>
    <message>
        <source>sheet '{sheet}': row {rows} has more values than the file's {columns} columns (beyond column {letter}): a value holding the separator without quotes around it does that; check that row</source>
        <translation>hoja «{sheet}»: la fila {rows} tiene más valores que las {columns} columnas del archivo (más allá de la columna {letter}): un valor que contiene el separador sin comillas alrededor hace eso; revise esa fila</translation>
    </message>
    <message>
        <source>sheet '{sheet}': rows {rows} have more values than the file's {columns} columns (beyond column {letter}): a value holding the separator without quotes around it does that; check those rows</source>
        <translation>hoja «{sheet}»: las filas {rows} tienen más valores que las {columns} columnas del archivo (más allá de la columna {letter}): un valor que contiene el separador sin comillas alrededor hace eso; revise esas filas</translation>
    </message>
    <message>
        <source>"{name}" cannot be read as CSV at row {row} ({error}): a quote (") is probably missing or misplaced there. {save_as}</source>
        <translation>«{name}» no se puede leer como CSV en la fila {row} ({error}): probablemente falta una comilla (") o está mal colocada ahí. {save_as}</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>mismo correo electrónico</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>mismo número de teléfono</translation>
    </message>
    <message>
        <source>same organisation</source>
        <translation>misma organización</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>mismo nombre</translation>
    </message>
    <message>
        <source>same name once accents, case and spacing are set aside</source>
        <translation>mismo nombre, dejando aparte acentos, mayúsculas y espacios</translation>
    </message>
    <message>
        <source>same name, given and family names in another order</source>
        <translation>mismo nombre, nombre de pila y apellido en otro orden</translation>
    </message>
    <message>
        <source>similar names ({percent}%)</source>
        <translation>nombres parecidos ({percent} %)</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>un documento PDF</translation>
    </message>
    <message>
        <source>"{name}" is not an ordinary file (it is a device, a pipe or another special file). Choose the workbook file itself.</source>
        <translation>«{name}» no es un archivo normal (es un dispositivo, una tubería u otro archivo especial). Elija el archivo del libro en sí.</translation>
    </message>
    <message>
        <source>a picture</source>
        <translation>una imagen</translation>
    </message>
    <message>
        <source>"{name}" is {what}, not a CSV file (text). Ask the sender for the data as CSV (UTF-8) or as an Excel workbook (.xlsx).</source>
        <translation>«{name}» es {what}, no un archivo CSV (texto). Pida al remitente los datos en CSV (UTF-8) o como libro de Excel (.xlsx).</translation>
    </message>
    <message>
        <source>its table of contents cannot be read: {reason}</source>
        <translation>su índice no se puede leer: {reason}</translation>
    </message>
    <message>
        <source>a compressed archive (RAR, 7-Zip or gzip)</source>
        <translation>un archivo comprimido (RAR, 7-Zip o gzip)</translation>
    </message>
    <message>
        <source>the id {id} appears on {count} rows; keep it on one row only</source>
        <translation>el identificador {id} aparece en {count} filas; manténgalo en una sola fila</translation>
    </message>
    <message>
        <source>the row has merged cells; unmerge them and import again</source>
        <translation>la fila tiene celdas combinadas; sepárelas e importe de nuevo</translation>
    </message>
    <message>
        <source>'{id}' is not a record id (was the Id cell changed?)</source>
        <translation>«{id}» no es un identificador de registro (¿se cambió la celda Id?)</translation>
    </message>
    <message>
        <source>the Id cell is empty on a row this file exported (its Version cell is still there); the Id was cleared or damaged: restore it, or type a new record on an empty row</source>
        <translation>la celda Id está vacía en una fila que este archivo exportó (su celda Version sigue ahí); el Id se borró o se dañó: restáurelo, o escriba un registro nuevo en una fila vacía</translation>
    </message>
    <message>
        <source>the id {id} is not one this file exported on this sheet; was it changed?</source>
        <translation>el identificador {id} no es uno de los que este archivo exportó en esta hoja; ¿se cambió?</translation>
    </message>
    <message>
        <source>the Version cell was changed; restore it, or copy the row's values into a new row</source>
        <translation>la celda Version se cambió; restáurela, o copie los valores de la fila en una fila nueva</translation>
    </message>
    <message>
        <source>another row of the sheet has the same {key}, which tell the rows apart when the sheet is sent again; make them differ, or {fix}</source>
        <translation>otra fila de la hoja tiene los mismos valores de {key}, que distinguen las filas cuando la hoja se envía de nuevo; hágalos distintos, o {fix}</translation>
    </message>
    <message>
        <source>map a column that tells them apart (they differ in no column read, or in none at all)</source>
        <translation>asigne una columna que las distinga (no difieren en ninguna columna leída, o en ninguna)</translation>
    </message>
    <message>
        <source>choose key columns with --map: "key": {columns} tells all but {count} of them apart</source>
        <translation>elija las columnas clave con --map: "key": {columns} las distingue todas salvo {count}</translation>
    </message>
    <message>
        <source>choose key columns that tell them apart with --map: "key": {columns}</source>
        <translation>elija columnas clave que las distingan con --map: "key": {columns}</translation>
    </message>
    <message>
        <source>no {type} is called {names} here; {why}; add it first</source>
        <translation>ningún registro {type} se llama {names} aquí; {why}; añádalo primero</translation>
    </message>
    <message>
        <source>'{name}' names {count} {types}: {ids}; write the id of the one meant instead of its name</source>
        <translation>«{name}» designa {count} registros ({types}): {ids}; escriba el identificador del que se quiere decir en lugar de su nombre</translation>
    </message>
    <message>
        <source>no {type} is called {names} here; {why}; add them first</source>
        <translation>ningún registro {type} se llama {names} aquí; {why}; añádalos primero</translation>
    </message>
    <message>
        <source>'{name}' is a party here, not an organisation: map the column to Lead party (lead_party) if it names who leads, or leave the party out of the cell</source>
        <translation>«{name}» es aquí una parte, no una organización: asigne la columna a Parte líder (lead_party) si nombra a quien dirige, o quite la parte de la celda</translation>
    </message>
    <message>
        <source>no {type} is called {names} here; add it first (here or in a sheet of the same workbook), or import with create_missing</source>
        <translation>ningún registro {type} se llama {names} aquí; añádalo primero (aquí o en una hoja del mismo libro), o importe con create_missing</translation>
    </message>
    <message>
        <source>no {type} is called {names} here; add them first (here or in a sheet of the same workbook), or import with create_missing</source>
        <translation>ningún registro {type} se llama {names} aquí; añádalos primero (aquí o en una hoja del mismo libro), o importe con create_missing</translation>
    </message>
    <message>
        <source>{sheet} {rows}: found as the records a copy of the sheet keyed on {narrow} made (the key now, {key}, gives other ids); compared with them, not imported again</source>
        <translation>{sheet}, {rows}: encontradas como los registros que una copia de la hoja con la clave {narrow} creó (la clave actual, {key}, da otros identificadores); comparadas con ellos, no se importan de nuevo</translation>
    </message>
    <message>
        <source>{sheet} {rows}: they share the {narrow} of a record a copy of the sheet keyed on that made, and none of them, or more than one, has its other key values ({key}): imported as new records; the earlier record stays as it was (delete it if a row replaces it)</source>
        <translation>{sheet}, {rows}: comparten {narrow} de un registro que una copia de la hoja con esa clave creó, y ninguna de ellas, o más de una, tiene sus otros valores clave ({key}): se importan como registros nuevos; el registro anterior queda como estaba (elimínelo si una fila lo sustituye)</translation>
    </message>
    <message>
        <source>"{name}": its sheet number {sheet} has values beyond row {limit:,}, more than any spreadsheet program keeps; the file was probably made to overload the computer. Ask the sender where it comes from and for a fresh copy.</source>
        <translation>«{name}»: su hoja número {sheet} tiene valores más allá de la fila {limit}, más de los que guarda cualquier hoja de cálculo; el archivo probablemente se hizo para sobrecargar el ordenador. Pregunte al remitente de dónde viene y pídale una copia nueva.</translation>
    </message>
    <message>
        <source>it has no content.xml, the part that holds the sheets</source>
        <translation>no tiene content.xml, la parte que contiene las hojas</translation>
    </message>
    <message>
        <source>its sheets' XML (content.xml) cannot be read: {error}</source>
        <translation>el XML de sus hojas (content.xml) no se puede leer: {error}</translation>
    </message>
    <message>
        <source>content.xml cannot be unpacked: {error}</source>
        <translation>content.xml no se puede descomprimir: {error}</translation>
    </message>
    <message>
        <source>sheet '{sheet}': values beyond column {letter} were not read (at most {columns} columns are)</source>
        <translation>hoja «{sheet}»: los valores más allá de la columna {letter} no se leyeron (se leen como máximo {columns} columnas)</translation>
    </message>
    <message>
        <source>two sheets are named '{sheet}'</source>
        <translation>dos hojas se llaman «{sheet}»</translation>
    </message>
    <message>
        <source>"{name}": the sheet '{sheet}' has more than {limit:,} merged cells. Unmerge them (select all, then Format ▸ Merge and Unmerge Cells ▸ Unmerge Cells), save, and import the file again.</source>
        <translation>«{name}»: la hoja «{sheet}» tiene más de {limit} celdas combinadas. Sepárelas (seleccione todo y luego Formato ▸ Combinar y separar celdas ▸ Separar celdas), guarde e importe el archivo de nuevo.</translation>
    </message>
    <message>
        <source>{sheet} {rows}: the same {key} as an earlier row, and the same in every column read (one record on several rows, e.g. a month or an indicator each): read once</source>
        <translation>{sheet} {rows}: los mismos valores de {key} que una fila anterior, e iguales en cada columna leída (un registro en varias filas, por ejemplo un mes o un indicador cada una): leídas una vez</translation>
    </message>
    <message>
        <source>the file is marked strictly confidential (MOU 3.6)</source>
        <translation>el archivo está marcado como estrictamente confidencial (MOU 3.6)</translation>
    </message>
    <message>
        <source>1 version in {file} reuse an id this database already holds with different content and were not taken ({shown}); the copy held here is kept. The file may have been edited by hand or forged: ask the sender to export again, and tell whoever supports mouliaison if it happens again</source>
        <translation>1 versión de {file} reutiliza un identificador que esta base ya contiene con otro contenido y no se tomó ({shown}); se conserva la copia de aquí. El archivo puede haberse editado a mano o falsificado: pida al remitente que exporte de nuevo y avise al soporte de mouliaison si vuelve a ocurrir</translation>
    </message>
    <message>
        <source>1 version in {file} carry values of the wrong kind and were not taken ({shown}); ask the sender to export again</source>
        <translation>1 versión de {file} lleva valores del tipo equivocado y no se tomó ({shown}); pida al remitente que exporte de nuevo</translation>
    </message>
    <message>
        <source>1 version in {file} claim to be shipped with mouliaison but are not what this release ships, and were not taken ({shown}); ask the sender to export again</source>
        <translation>1 versión de {file} dice venir con mouliaison pero no es lo que trae esta versión, y no se tomó ({shown}); pida al remitente que exporte de nuevo</translation>
    </message>
    <message>
        <source>map one with --map</source>
        <translation>asigne una con --map</translation>
    </message>
    <message>
        <source>no column identifies a row (no {field} column): rows sent again would be new records; {hint}</source>
        <translation>ninguna columna identifica una fila (no hay columna {field}): las filas enviadas de nuevo serían registros nuevos; {hint}</translation>
    </message>
    <message>
        <source>1 version in {file} claim office {who}, which signs its files, but the file is not signed: not taken</source>
        <translation>1 versión de {file} dice ser de la oficina {who}, que firma sus archivos, pero el archivo no está firmado: no se toma</translation>
    </message>
    <message>
        <source>1 version from office {office} in {file} carry a time {far} ahead of this office's clock (device time), more than the day two clocks may differ: held, not taken. Import {file} again once the clocks agree; if that office's clock is wrong, ask it to set it right and export again</source>
        <translation>1 versión de la oficina {office} en {file} lleva una hora adelantada {far} respecto al reloj de esta oficina (hora del dispositivo), más del día que pueden diferir dos relojes: retenida, no tomada. Importe {file} de nuevo cuando los relojes coincidan; si el reloj de esa oficina está mal, pídale que lo corrija y exporte de nuevo</translation>
    </message>
    <message>
        <source>no {field} column: every row will be '{value}'; add a {field} column or {hint}</source>
        <translation>no hay columna {field}: cada fila tendrá «{value}»; añada una columna {field} o {hint}</translation>
    </message>
    <message>
        <source>{count} versions in {file} reuse an id this database already holds with different content and were not taken ({shown}); the copy held here is kept. The file may have been edited by hand or forged: ask the sender to export again, and tell whoever supports mouliaison if it happens again</source>
        <translation>{count} versiones de {file} reutilizan un identificador que esta base ya contiene con otro contenido y no se tomaron ({shown}); se conserva la copia de aquí. El archivo puede haberse editado a mano o falsificado: pida al remitente que exporte de nuevo y avise al soporte de mouliaison si vuelve a ocurrir</translation>
    </message>
    <message>
        <source>nothing could be read from it ({why}). {fix}</source>
        <translation>no se pudo leer nada de él ({why}). {fix}</translation>
    </message>
    <message>
        <source>office {who}'s clock seems {days} days fast (device time); its changes are kept, flagged, and do not move this office's clock past tomorrow</source>
        <translation>el reloj de la oficina {who} parece adelantado {days} días (hora del dispositivo); sus cambios se conservan, marcados, y no adelantan el reloj de esta oficina más allá de mañana</translation>
    </message>
    <message>
        <source>{count} versions of '{entity}' records, a type this release does not know, are kept and will travel on</source>
        <translation>{count} versiones de registros «{entity}», un tipo que esta versión no conoce, se conservan y seguirán circulando</translation>
    </message>
    <message>
        <source>{type} {id}, version {version}</source>
        <translation>{type} {id}, versión {version}</translation>
    </message>
    <message>
        <source>{type} '{name}' ({id}) may be the same as {others}</source>
        <translation>{type} «{name}» ({id}) puede ser el mismo que {others}</translation>
    </message>
    <message>
        <source>sheet '{name}': {note}</source>
        <translation>hoja «{name}»: {note}</translation>
    </message>
    <message>
        <source>holds values that are not record ids (e.g. '{value}')</source>
        <translation>contiene valores que no son identificadores de registro (p. ej., «{value}»)</translation>
    </message>
    <message>
        <source>{name} has a '_meta' sheet that mouliaison did not write; remove that sheet to import the file as a plain workbook.</source>
        <translation>{name} tiene una hoja «_meta» que mouliaison no escribió; elimine esa hoja para importar el archivo como un libro normal.</translation>
    </message>
    <message>
        <source>{name} was written in workbook format {version} by a newer mouliaison; this one reads format {major}.x. Install the newer release to import it.</source>
        <translation>{name} se escribió en el formato de libro {version} con un mouliaison más reciente; este lee el formato {major}.x. Instale la versión más reciente para importarlo.</translation>
    </message>
    <message>
        <source>the hidden sheets of {name} were changed after it was exported (their content hash does not match), so its history cannot be trusted. Ask the sender to export it again.</source>
        <translation>las hojas ocultas de {name} se modificaron después de exportarlo (su huella no coincide), así que no se puede confiar en su historial. Pida al remitente que lo exporte de nuevo.</translation>
    </message>
    <message>
        <source>{type} {id}, {field}: {problem}</source>
        <translation>{type} {id}, {field}: {problem}</translation>
    </message>
    <message>
        <source>{count} versions in {file} carry values of the wrong kind and were not taken ({shown}); ask the sender to export again</source>
        <translation>{count} versiones de {file} llevan valores del tipo equivocado y no se tomaron ({shown}); pida al remitente que exporte de nuevo</translation>
    </message>
    <message>
        <source>{count} versions in {file} claim to be shipped with mouliaison but are not what this release ships, and were not taken ({shown}); ask the sender to export again</source>
        <translation>{count} versiones de {file} dicen venir con mouliaison pero no son lo que trae esta versión, y no se tomaron ({shown}); pida al remitente que exporte de nuevo</translation>
    </message>
    <message>
        <source>{name} has metadata that mouliaison did not write ({rows} missing or changed), so its history cannot be trusted. Ask the sender to export it again.</source>
        <translation>{name} tiene metadatos que mouliaison no escribió ({rows} ausente o modificado), así que no se puede confiar en su historial. Pida al remitente que lo exporte de nuevo.</translation>
    </message>
    <message>
        <source>{name} has metadata that mouliaison did not write ({row} changed), so its cells cannot be compared with what was exported. Ask the sender to export it again.</source>
        <translation>{name} tiene metadatos que mouliaison no escribió ({row} modificado), así que sus celdas no se pueden comparar con lo exportado. Pida al remitente que lo exporte de nuevo.</translation>
    </message>
    <message>
        <source>column {letter} '{header}' {reason}; left out</source>
        <translation>la columna {letter} «{header}» {reason}; se deja fuera</translation>
    </message>
    <message>
        <source>{name} is damaged inside ({error}). Ask the sender for a new copy, or open it in Excel or LibreOffice, save it again, and import that file.</source>
        <translation>{name} está dañado por dentro ({error}). Pida al remitente una copia nueva, o ábralo en Excel o LibreOffice, guárdelo de nuevo e importe ese archivo.</translation>
    </message>
    <message>
        <source>sheet '{name}' is hidden and was not read; unhide it to import its rows</source>
        <translation>la hoja «{name}» está oculta y no se leyó; muéstrela para importar sus filas</translation>
    </message>
    <message>
        <source>{name} holds a damaged version row; ask the sender to export again.</source>
        <translation>{name} contiene una fila de versión dañada; pida al remitente que exporte de nuevo.</translation>
    </message>
    <message>
        <source>{name} holds a damaged base row; ask the sender to export again.</source>
        <translation>{name} contiene una fila base dañada; pida al remitente que exporte de nuevo.</translation>
    </message>
    <message>
        <source>{name} holds a base row that its versions do not explain; ask the sender to export again.</source>
        <translation>{name} contiene una fila base que sus versiones no explican; pida al remitente que exporte de nuevo.</translation>
    </message>
    <message>
        <source>sheet '{name}': its columns fit several record types ({kinds}); name the sheet after one of them, e.g. '{example}'; not read</source>
        <translation>hoja «{name}»: sus columnas encajan con varios tipos de registro ({kinds}); nombre la hoja según uno de ellos, p. ej., «{example}»; no se leyó</translation>
    </message>
    <message>
        <source>sheet '{name}': column {letter} ('{header}') is not a field of {types}; left out</source>
        <translation>hoja «{name}»: la columna {letter} («{header}») no es un campo ({types}); se deja fuera</translation>
    </message>
    <message>
        <source>sheet '{name}': column '{header}' appears twice; the second is left out</source>
        <translation>hoja «{name}»: la columna «{header}» aparece dos veces; la segunda se deja fuera</translation>
    </message>
    <message>
        <source>hidden {rows} left out (to import hidden rows and columns, set "include_hidden": true in the mapping)</source>
        <translation>{rows} oculta(s) se deja(n) fuera (para importar filas y columnas ocultas, ponga "include_hidden": true en la correspondencia)</translation>
    </message>
    <message>
        <source>sheet '{name}' looks like ours but the file has no metadata; not read</source>
        <translation>la hoja «{name}» parece nuestra pero el archivo no tiene metadatos; no se leyó</translation>
    </message>
    <message>
        <source>the mapping names sheets {names}, which the file does not have</source>
        <translation>la correspondencia nombra las hojas {names}, que el archivo no tiene</translation>
    </message>
    <message>
        <source>the mapping names sheet {names}, which the file does not have</source>
        <translation>la correspondencia nombra la hoja {names}, que el archivo no tiene</translation>
    </message>
    <message>
        <source>sheet '{name}': its columns do not match one record type; not read</source>
        <translation>hoja «{name}»: sus columnas no corresponden a un tipo de registro; no se leyó</translation>
    </message>
    <message>
        <source>a formula without a computed value; type the value itself, or open and save the file in Excel or LibreOffice</source>
        <translation>una fórmula sin valor calculado; escriba el valor, o abra y guarde el archivo en Excel o LibreOffice</translation>
    </message>
    <message>
        <source>an error cell ({text})</source>
        <translation>una celda con error ({text})</translation>
    </message>
    <message>
        <source>{rows} is a total; left out</source>
        <translation>la {rows} es un total; se deja fuera</translation>
    </message>
    <message>
        <source>{rows} are totals; left out</source>
        <translation>las {rows} son totales; se dejan fuera</translation>
    </message>
    <message>
        <source>{rows} only names a section (a month, a region); left out</source>
        <translation>la {rows} solo nombra una sección (un mes, una región); se deja fuera</translation>
    </message>
    <message>
        <source>{rows} only name a section (a month, a region); left out</source>
        <translation>las {rows} solo nombran una sección (un mes, una región); se dejan fuera</translation>
    </message>
    <message>
        <source>1 formula cell (column {columns}) imported as the value the spreadsheet last computed</source>
        <translation>1 celda con fórmula (columna {columns}) importada con el último valor que calculó la hoja</translation>
    </message>
    <message>
        <source>column {letters} holds values but no header; left out (give the column a header to import it)</source>
        <translation>la columna {letters} contiene valores pero no encabezado; se deja fuera (dé un encabezado a la columna para importarla)</translation>
    </message>
    <message>
        <source>columns {letters} hold values but no header; left out (give the column a header to import it)</source>
        <translation>las columnas {letters} contienen valores pero no encabezado; se dejan fuera (dé un encabezado a la columna para importarla)</translation>
    </message>
    <message>
        <source>{count} formula cells (column {columns}) imported as the value the spreadsheet last computed</source>
        <translation>{count} celdas con fórmula (columna {columns}) importadas con el último valor que calculó la hoja</translation>
    </message>
    <message>
        <source>{count} formula cells (columns {columns}) imported as the value the spreadsheet last computed</source>
        <translation>{count} celdas con fórmula (columnas {columns}) importadas con el último valor que calculó la hoja</translation>
    </message>
    <message>
        <source>a formula; type the value itself</source>
        <translation>una fórmula; escriba el valor en sí</translation>
    </message>
    <message>
        <source>Do not open it in another program either; ask the sender where it comes from and for a fresh copy saved from Excel.</source>
        <translation>Tampoco lo abra en otro programa; pregunte al remitente de dónde viene y pídale una copia nueva guardada desde Excel.</translation>
    </message>
    <message>
        <source>says it holds</source>
        <translation>dice contener</translation>
    </message>
    <message>
        <source>holds more than</source>
        <translation>contiene más de</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} bytes</translation>
    </message>
    <message>
        <source>"{name}" was not found (looked for {path}). Check the name and the folder, then choose the file again.</source>
        <translation>No se encontró «{name}» (se buscó {path}). Compruebe el nombre y la carpeta, y elija el archivo de nuevo.</translation>
    </message>
    <message>
        <source>"{name}" is a folder, not a workbook file. Open the folder and choose the .xlsx workbook inside it.</source>
        <translation>«{name}» es una carpeta, no un archivo de libro. Abra la carpeta y elija el libro .xlsx que contiene.</translation>
    </message>
    <message>
        <source>"{name}" could not be read ({reason}). Check that you are allowed to open it and that its drive is still connected, or copy it to this computer and try again.</source>
        <translation>No se pudo leer «{name}» ({reason}). Compruebe que tiene permiso para abrirlo y que su unidad sigue conectada, o cópielo a este ordenador e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>"{name}" is incomplete: the file was cut off, probably while it was being copied, downloaded or saved. Ask the sender to send it again (or copy it again from the USB drive).</source>
        <translation>«{name}» está incompleto: el archivo se cortó, probablemente mientras se copiaba, descargaba o guardaba. Pida al remitente que lo envíe de nuevo (o cópielo otra vez desde la memoria USB).</translation>
    </message>
    <message>
        <source>"{name}" is damaged ({detail}). Ask the sender to send it again; if the new copy is damaged too, ask them to open it in Excel and save it under a new name.</source>
        <translation>«{name}» está dañado ({detail}). Pida al remitente que lo envíe de nuevo; si la nueva copia también está dañada, pídale que lo abra en Excel y lo guarde con otro nombre.</translation>
    </message>
    <message>
        <source>{amount} GB</source>
        <translation>{amount} GB</translation>
    </message>
    <message>
        <source>{amount} MB</source>
        <translation>{amount} MB</translation>
    </message>
    <message>
        <source>{amount} KB</source>
        <translation>{amount} KB</translation>
    </message>
    <message>
        <source>a table of contents of {size}, enough for far more parts than a workbook has</source>
        <translation>un índice de {size}, suficiente para muchas más partes de las que tiene un libro</translation>
    </message>
    <message>
        <source>a table of contents that lists {count:,} parts</source>
        <translation>un índice que enumera {count} partes</translation>
    </message>
    <message>
        <source>"{name}" is a zip with {what} (at most {limit:,} parts are accepted). It is probably a "zip bomb", a file made to overload the computer. {danger}</source>
        <translation>«{name}» es un zip con {what} (se aceptan como máximo {limit} partes). Probablemente es una «bomba zip», un archivo hecho para sobrecargar el ordenador. {danger}</translation>
    </message>
    <message>
        <source>"{name}" is a macro-enabled workbook (it contains macros), which this app does not accept. Open it in Excel, save it as "Excel Workbook (.xlsx)" without macros, and import the new file.</source>
        <translation>«{name}» es un libro habilitado para macros (contiene macros), que esta aplicación no acepta. Ábralo en Excel, guárdelo como «Libro de Excel (.xlsx)» sin macros e importe el archivo nuevo.</translation>
    </message>
    <message>
        <source>"{name}" {how} {size} once unpacked, more than the {limit} this app accepts. It may be a "zip bomb", a file made to overload the computer. {danger} If it is a genuine workbook, ask for it in smaller parts.</source>
        <translation>«{name}» {how} {size} una vez descomprimido, más de los {limit} que acepta esta aplicación. Puede ser una «bomba zip», un archivo hecho para sobrecargar el ordenador. {danger} Si es un libro auténtico, pídalo en partes más pequeñas.</translation>
    </message>
    <message>
        <source>"{name}" contains a part ("{part}") packed {ratio:,} times smaller than its content, far beyond real workbooks (at most {limit:,}). It is probably a "zip bomb", a file made to overload the computer. {danger}</source>
        <translation>«{name}» contiene una parte («{part}») comprimida {ratio} veces más pequeña que su contenido, muy por encima de los libros reales (como máximo {limit}). Probablemente es una «bomba zip», un archivo hecho para sobrecargar el ordenador. {danger}</translation>
    </message>
    <message>
        <source>{labels} and {last}</source>
        <translation>{labels} y {last}</translation>
    </message>
    <message>
        <source>rows are known again by their Id column (record ids)</source>
        <translation>las filas se reconocen por su columna Id (identificadores de registro)</translation>
    </message>
    <message>
        <source>rows are known again by {names}</source>
        <translation>las filas se reconocen por {names}</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} días</translation>
    </message>
    <message>
        <source>site {id}</source>
        <translation>sitio {id}</translation>
    </message>
    <message>
        <source>office {office} signs with key {key}, new here. Check this fingerprint with the office (by phone, not by the same email), then import again with --trust-new-keys, or trust it with: mouliaison keys trust {prefix} (in the window: the box above, or Tools ▸ Office keys)</source>
        <translation>la oficina {office} firma con la clave {key}, nueva aquí. Compruebe esta huella con la oficina (por teléfono, no por el mismo correo) y vuelva a importar con --trust-new-keys, o confíe en ella con: mouliaison keys trust {prefix} (en la ventana: la casilla de arriba, o Herramientas ▸ Claves de las oficinas)</translation>
    </message>
    <message>
        <source>{file} is signed with key {key} of office {office}, which was revoked, and it brings versions past the {length} of that office's history signed before the revocation, whatever time it claims. Nothing in it was taken; ask the office to export again with its new key.</source>
        <translation>{file} está firmado con la clave {key} de la oficina {office}, que fue revocada, y trae versiones más allá de las {length} del historial de esa oficina firmadas antes de la revocación, sea cual sea la hora que indique. No se tomó nada; pida a la oficina que exporte de nuevo con su clave nueva.</translation>
    </message>
    <message>
        <source>more than ten years</source>
        <translation>más de diez años</translation>
    </message>
    <message>
        <source>the signature of {file} does not match its content: the file was changed after office {office} signed it (key {key}). Nothing in it was taken; ask the office to export again.</source>
        <translation>la firma de {file} no corresponde a su contenido: el archivo se cambió después de que la oficina {office} lo firmara (clave {key}). No se tomó nada; pida a la oficina que exporte de nuevo.</translation>
    </message>
    <message>
        <source>{file} says it comes from office {office}, but it is signed with the key of office {other} ({key}). Nothing in it was taken.</source>
        <translation>{file} dice venir de la oficina {office}, pero está firmado con la clave de la oficina {other} ({key}). No se tomó nada.</translation>
    </message>
    <message>
        <source>{file} was signed by office {office} with key {key} after that key was revoked. Nothing in it was taken; ask the office to export again with its new key.</source>
        <translation>{file} fue firmado por la oficina {office} con la clave {key} después de que se revocara esa clave. No se tomó nada; pida a la oficina que exporte de nuevo con su clave nueva.</translation>
    </message>
    <message>
        <source>signed by office {office}, key {key}</source>
        <translation>firmado por la oficina {office}, clave {key}</translation>
    </message>
    <message>
        <source>{file} says it comes from office {office}, whose key here is {known}, but it is signed with another key ({key}): a key from another database, or a new key the office did not announce. Nothing in it was taken. If the office really changed keys, trust the new one (Tools ▸ Office keys, or mouliaison keys trust {prefix})</source>
        <translation>{file} dice venir de la oficina {office}, cuya clave aquí es {known}, pero está firmado con otra clave ({key}): una clave de otra base de datos, o una clave nueva que la oficina no anunció. No se tomó nada. Si la oficina realmente cambió de clave, confíe en la nueva (Herramientas ▸ Claves de las oficinas, o mouliaison keys trust {prefix})</translation>
    </message>
    <message>
        <source>office {office}'s key {key} was new here and is now trusted (trust on first use): check this fingerprint with the office</source>
        <translation>la clave {key} de la oficina {office} era nueva aquí y ahora es de confianza (confianza en el primer uso): compruebe esta huella con la oficina</translation>
    </message>
    <message>
        <source>{count} versions in {file} claim office {who}, which signs its files, but the file is not signed: not taken</source>
        <translation>{count} versiones de {file} dicen ser de la oficina {who}, que firma sus archivos, pero el archivo no está firmado: no se toman</translation>
    </message>
    <message>
        <source>{count} versions from office {office} in {file} carry a time {far} ahead of this office's clock (device time), more than the day two clocks may differ: held, not taken. Import {file} again once the clocks agree; if that office's clock is wrong, ask it to set it right and export again</source>
        <translation>{count} versiones de la oficina {office} en {file} llevan una hora adelantada {far} respecto al reloj de esta oficina (hora del dispositivo), más del día que pueden diferir dos relojes: retenidas, no tomadas. Importe {file} de nuevo cuando los relojes coincidan; si el reloj de esa oficina está mal, pídale que lo corrija y exporte de nuevo</translation>
    </message>
    <message>
        <source>office {who}'s history is shorter ({length} versions) than in a file it signed before ({before}): versions were removed from its history (truncated or rewritten)</source>
        <translation>el historial de la oficina {who} es más corto ({length} versiones) que en un archivo que firmó antes ({before}): se quitaron versiones de su historial (truncado o reescrito)</translation>
    </message>
    <message>
        <source>office {who}'s versions held here differ from the history it signed ({length} versions): one was altered or replaced on its way here</source>
        <translation>las versiones de la oficina {who} guardadas aquí difieren del historial que firmó ({length} versiones): una se alteró o se reemplazó por el camino</translation>
    </message>
    <message>
        <source>{who} moved to a new key {key}</source>
        <translation>{who} pasó a una clave nueva {key}</translation>
    </message>
    <message>
        <source>key {key} of {who} was revoked</source>
        <translation>la clave {key} de {who} fue revocada</translation>
    </message>
    <message>
        <source>{count} keys approved by {who}</source>
        <translation>{count} claves aprobadas por {who}</translation>
    </message>
    <message>
        <source>{file} is not signed, but office {office} signs its files (key {key}): its signature was removed, or another made it in that office's name. Nothing in it was taken; ask the office to export again.</source>
        <translation>{file} no está firmado, pero la oficina {office} firma sus archivos (clave {key}): se quitó su firma, u otra persona lo hizo en nombre de esa oficina. No se tomó nada; pida a la oficina que exporte de nuevo.</translation>
    </message>
    <message>
        <source>{file} is not signed (written by a release before signing): who wrote it cannot be proved</source>
        <translation>{file} no está firmado (escrito por una versión anterior a la firma): no se puede probar quién lo escribió</translation>
    </message>
    <message>
        <source>office {who}'s history held here no longer matches the head it signed before: a version was changed or replaced</source>
        <translation>el historial de la oficina {who} guardado aquí ya no coincide con la cabeza que firmó antes: una versión se cambió o se reemplazó</translation>
    </message>
    <message>
        <source>office {who} signed a history of {length} versions; {held} are held here: {missing} missing (a file of theirs not imported yet, or versions left out on the way)</source>
        <translation>la oficina {who} firmó un historial de {length} versiones; {held} están aquí: faltan {missing} (un archivo suyo aún no importado, o versiones omitidas por el camino)</translation>
    </message>
    <message>
        <source>headquarters</source>
        <translation>la sede</translation>
    </message>
    <message>
        <source>1 key approved by {who}</source>
        <translation>1 clave aprobada por {who}</translation>
    </message>
    <message>
        <source>{file}, signed by office {relayer} (key {key}), relays versions in office {office}'s name ({count}) that do not match the history {office} signed ({length} versions): changed, added or left out after {office} signed them, by {relayer} or on the way to it. Not taken; ask {office} for its own export.</source>
        <translation>{file}, firmado por la oficina {relayer} (clave {key}), retransmite versiones en nombre de la oficina {office} ({count}) que no corresponden al historial firmado por {office} ({length} versiones): cambiadas, añadidas u omitidas después de que {office} las firmara, por {relayer} o en el camino hacia ella. No se tomaron; pida a {office} su propia exportación.</translation>
    </message>
    <message>
        <source>versions of office {office} relayed by office {relayer} ({count}): they match the history {office} signed</source>
        <translation>versiones de la oficina {office} retransmitidas por la oficina {relayer} ({count}): corresponden al historial firmado por {office}</translation>
    </message>
    <message>
        <source>versions of office {office} relayed by office {relayer} ({count}): vouched for by {relayer}'s key {key}, not by {office}'s own (its signed history does not reach them here yet)</source>
        <translation>versiones de la oficina {office} retransmitidas por la oficina {relayer} ({count}): avaladas por la clave {key} de {relayer}, no por la de {office} (su historial firmado aún no las alcanza aquí)</translation>
    </message>
    <message>
        <source>a hidden column</source>
        <translation>una columna oculta</translation>
    </message>
    <message>
        <source>form metadata of a KoboToolbox/ODK export</source>
        <translation>metadatos de formulario de una exportación de KoboToolbox/ODK</translation>
    </message>
    <message>
        <source>left out by the mapping</source>
        <translation>dejada fuera por la correspondencia</translation>
    </message>
    <message>
        <source>choose with `mouliaison import FILE --map MAPPING.json` (print one with --show-mapping)</source>
        <translation>elija en el paso Correspondencia de la importación, o con `mouliaison import ARCHIVO --map CORRESPONDENCIA.json`</translation>
    </message>
    <message>
        <source>columns {columns}</source>
        <translation>columnas {columns}</translation>
    </message>
    <message>
        <source>its columns do not match one record type; name the sheet after the records it holds, e.g. 'Joint activities', or {hint}; not read</source>
        <translation>sus columnas no corresponden a un tipo de registro; nombre la hoja según los registros que contiene, p. ej., «Joint activities», o {hint}; no se leyó</translation>
    </message>
    <message>
        <source>column {columns}</source>
        <translation>columna {columns}</translation>
    </message>
    <message>
        <source>{shown} and {count} more</source>
        <translation>{shown} y {count} más</translation>
    </message>
    <message>
        <source>its columns fit several record types ({kinds}); name the sheet after one of them, e.g. '{example}', or {hint}; not read</source>
        <translation>sus columnas encajan con varios tipos de registro ({kinds}); nombre la hoja según uno de ellos, p. ej., «{example}», o {hint}; no se leyó</translation>
    </message>
    <message>
        <source>its columns do not match one record type (closest: {closest}); name the sheet after the records it holds, e.g. 'Joint activities', or {hint}; not read</source>
        <translation>sus columnas no corresponden a un tipo de registro (el más cercano: {closest}); nombre la hoja según los registros que contiene, p. ej., «Joint activities», o {hint}; no se leyó</translation>
    </message>
    <message>
        <source>the header is row {header}; {above} above it (a title) not imported</source>
        <translation>el encabezado es la fila {header}; encima, {above} (un título) no importada</translation>
    </message>
    <message>
        <source>row {row} holds HXL hashtags: used to match the columns, not imported</source>
        <translation>la fila {row} contiene hashtags HXL: se usan para reconocer las columnas, no se importan</translation>
    </message>
    <message>
        <source>the sheet's record type is not known</source>
        <translation>no se conoce el tipo de registro de la hoja</translation>
    </message>
    <message>
        <source>read as {types} it has no column for {needs}, which every one needs; not read. Add the column, or {hint}</source>
        <translation>leída como {types}, no tiene columna para {needs}, que todos necesitan; no se leyó. Añada la columna, o {hint}</translation>
    </message>
    <message>
        <source>read as {types} it has no column for {needs}, which every one needs; not read. Add the columns, or {hint}</source>
        <translation>leída como {types}, no tiene columnas para {needs}, que todos necesitan; no se leyó. Añada las columnas, o {hint}</translation>
    </message>
    <message>
        <source>rows are known again by {keys} (chosen)</source>
        <translation>las filas se reconocen por {keys} (elegido)</translation>
    </message>
    <message>
        <source>the mapping names column {names}, which the sheet does not have (in row {row}); ignored</source>
        <translation>la correspondencia nombra la columna {names}, que la hoja no tiene (en la fila {row}); se ignora</translation>
    </message>
    <message>
        <source>the mapping names columns {names}, which the sheet does not have (in row {row}); ignored</source>
        <translation>la correspondencia nombra las columnas {names}, que la hoja no tiene (en la fila {row}); se ignoran</translation>
    </message>
    <message>
        <source>matches no field of {types}</source>
        <translation>no corresponde a ningún campo ({types})</translation>
    </message>
    <message>
        <source>the sheet is empty</source>
        <translation>la hoja está vacía</translation>
    </message>
    <message>
        <source>left out by the mapping ("type": null)</source>
        <translation>dejada fuera por la correspondencia ("type": null)</translation>
    </message>
    <message>
        <source>the same field as column {letter} '{header}' ({label})</source>
        <translation>el mismo campo que la columna {letter} «{header}» ({label})</translation>
    </message>
    <message>
        <source>column {columns} is hidden; left out (to import hidden columns and rows, set "include_hidden": true in the mapping)</source>
        <translation>la columna {columns} está oculta; se deja fuera (para importar columnas y filas ocultas, ponga "include_hidden": true en la correspondencia)</translation>
    </message>
    <message>
        <source>columns {columns} are hidden; left out (to import hidden columns and rows, set "include_hidden": true in the mapping)</source>
        <translation>las columnas {columns} están ocultas; se dejan fuera (para importar columnas y filas ocultas, ponga "include_hidden": true en la correspondencia)</translation>
    </message>
    <message>
        <source>{columns}: {reason}; left out</source>
        <translation>{columns}: {reason}; se deja(n) fuera</translation>
    </message>
    <message>
        <source>{column} would fill {reason}; left out</source>
        <translation>la {column} llenaría {reason}; se deja fuera</translation>
    </message>
    <message>
        <source>column {columns} matches no field of {types}; left out</source>
        <translation>la columna {columns} no corresponde a ningún campo ({types}); se deja fuera</translation>
    </message>
    <message>
        <source>columns {columns} match no field of {types}; left out</source>
        <translation>las columnas {columns} no corresponden a ningún campo ({types}); se dejan fuera</translation>
    </message>
    <message>
        <source>{columns}: {reason}</source>
        <translation>{columns}: {reason}</translation>
    </message>
    <message>
        <source>{name} could not be read as a workbook ({error}). Open it in Excel or LibreOffice, save it as .xlsx, and import it again.</source>
        <translation>{name} no se pudo leer como libro ({error}). Ábralo en Excel o LibreOffice, guárdelo como .xlsx e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>the sheet '{sheet}' could not be read ({error}). Open the file in Excel or LibreOffice, save it as .xlsx, and import it again.</source>
        <translation>la hoja «{sheet}» no se pudo leer ({error}). Abra el archivo en Excel o LibreOffice, guárdelo como .xlsx e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>{name} has metadata that mouliaison did not write ({rows} missing or changed), so who signed it cannot be known. Ask the sender to export it again.</source>
        <translation>{name} tiene metadatos que mouliaison no escribió ({rows} ausente o modificado), así que no se puede saber quién lo firmó. Pida al remitente que lo exporte de nuevo.</translation>
    </message>
    <message>
        <source>'{text}' has a two-digit year; write the year in full, as YYYY-MM-DD (e.g. 2026-07-06)</source>
        <translation>«{text}» tiene un año de dos cifras; escriba el año completo, como AAAA-MM-DD (p. ej., 2026-07-06)</translation>
    </message>
    <message>
        <source>'{text}' could be read as two dates (day/month or month/day); write it as YYYY-MM-DD, e.g. 2026-07-06</source>
        <translation>«{text}» puede leerse como dos fechas (día/mes o mes/día); escríbala como AAAA-MM-DD, p. ej., 2026-07-06</translation>
    </message>
    <message>
        <source>'{text}' is not a date; write it as YYYY-MM-DD, e.g. 2026-07-06 (or as 6 July 2026)</source>
        <translation>«{text}» no es una fecha; escríbala como AAAA-MM-DD, p. ej., 2026-07-06 (o como 6 de julio de 2026)</translation>
    </message>
    <message>
        <source>'{text}' is not a date; write it as YYYY-MM-DD, e.g. 2026-07-06</source>
        <translation>«{text}» no es una fecha; escríbala como AAAA-MM-DD, p. ej., 2026-07-06</translation>
    </message>
    <message>
        <source>'{text}' names a month without a day, which is not a date; write the day too, as YYYY-MM-DD (e.g. 2026-07-01)</source>
        <translation>«{text}» nombra un mes sin día, que no es una fecha; escriba también el día, como AAAA-MM-DD (p. ej., 2026-07-01)</translation>
    </message>
    <message>
        <source>'{text}': {date} is a {weekday}; check the date and write it as YYYY-MM-DD, e.g. 2026-07-06</source>
        <translation>«{text}»: el {date} es {weekday}; compruebe la fecha y escríbala como AAAA-MM-DD, p. ej., 2026-07-06</translation>
    </message>
    <message>
        <source>'{text}' is not a date that exists (there is no month {month}); check it and write it as YYYY-MM-DD, e.g. 2026-07-06</source>
        <translation>«{text}» no es una fecha que exista (no hay mes {month}); compruébela y escríbala como AAAA-MM-DD, p. ej., 2026-07-06</translation>
    </message>
    <message>
        <source>'{text}' is not a date that exists ({month} has no day {day}); check it and write it as YYYY-MM-DD, e.g. 2026-07-06</source>
        <translation>«{text}» no es una fecha que exista ({month} no tiene día {day}); compruébela y escríbala como AAAA-MM-DD, p. ej., 2026-07-06</translation>
    </message>
    <message>
        <source>"{name}" contains XML entity declarations (a DTD, in "{part}"), which workbooks never need; it may be malicious (an "XML bomb", made to overload the computer). {danger}</source>
        <translation>«{name}» contiene declaraciones de entidades XML (una DTD, en «{part}»), que los libros nunca necesitan; puede ser malicioso (una «bomba XML», hecha para sobrecargar el ordenador). {danger}</translation>
    </message>
    <message>
        <source>"{name}" holds XML in an unusual text encoding ("{encoding}", in "{part}") that Excel never writes and that can hide harmful content; it may be malicious. {danger}</source>
        <translation>«{name}» contiene XML en una codificación de texto inusual («{encoding}», en «{part}») que Excel nunca escribe y que puede ocultar contenido dañino; puede ser malicioso. {danger}</translation>
    </message>
    <message>
        <source>Ask the sender for the Excel workbook (.xlsx).</source>
        <translation>Pida al remitente el libro de Excel (.xlsx).</translation>
    </message>
    <message>
        <source>an Excel binary workbook (.xlsb)</source>
        <translation>un libro binario de Excel (.xlsb)</translation>
    </message>
    <message>
        <source>Open it in Excel and save it as an Excel workbook (.xlsx).</source>
        <translation>Ábralo en Excel y guárdelo como libro de Excel (.xlsx).</translation>
    </message>
    <message>
        <source>"{name}" is {what} (renamed?), not an Excel workbook. {todo}</source>
        <translation>«{name}» es {what} (¿renombrado?), no un libro de Excel. {todo}</translation>
    </message>
    <message>
        <source>"{name}" is a zip archive but not an Excel workbook: it has no workbook part (xl/workbook.xml). {ask}</source>
        <translation>«{name}» es un archivo zip pero no un libro de Excel: no tiene la parte del libro (xl/workbook.xml). {ask}</translation>
    </message>
    <message>
        <source>"{name}" is protected with a password (an encrypted OpenDocument spreadsheet), so it cannot be read. Open it in LibreOffice with the password, save it again without one (File ▸ Save As, untick "Save with password") and import the new file.</source>
        <translation>«{name}» está protegido con una contraseña (una hoja OpenDocument cifrada), así que no se puede leer. Ábralo en LibreOffice con la contraseña, guárdelo de nuevo sin ella (Archivo ▸ Guardar como, desmarque «Guardar con contraseña») e importe el archivo nuevo.</translation>
    </message>
    <message>
        <source>the packed data of the part "{part}" ends too early</source>
        <translation>los datos comprimidos de la parte «{part}» terminan demasiado pronto</translation>
    </message>
    <message>
        <source>"{name}" contains a part with a path that leads outside the workbook ("{part}"), which no spreadsheet program writes; it may be malicious. {danger}</source>
        <translation>«{name}» contiene una parte con una ruta que sale del libro («{part}»), algo que ningún programa de hojas de cálculo escribe; puede ser malicioso. {danger}</translation>
    </message>
    <message>
        <source>the part "{part}" appears twice</source>
        <translation>la parte «{part}» aparece dos veces</translation>
    </message>
    <message>
        <source>a required part, [Content_Types].xml, is missing</source>
        <translation>falta una parte obligatoria, [Content_Types].xml</translation>
    </message>
    <message>
        <source>a required part, content.xml, is missing</source>
        <translation>falta una parte obligatoria, content.xml</translation>
    </message>
    <message>
        <source>a Word document (.docx)</source>
        <translation>un documento de Word (.docx)</translation>
    </message>
    <message>
        <source>its list of parts (META-INF/manifest.xml) cannot be unpacked</source>
        <translation>su lista de partes (META-INF/manifest.xml) no se puede descomprimir</translation>
    </message>
    <message>
        <source>"{name}" is protected with a password (its parts are encrypted), so it cannot be read. Open it with the password, remove the password, save it again as .xlsx and import the new file.</source>
        <translation>«{name}» está protegido con una contraseña (sus partes están cifradas), así que no se puede leer. Ábralo con la contraseña, quite la contraseña, guárdelo de nuevo como .xlsx e importe el archivo nuevo.</translation>
    </message>
    <message>
        <source>the part "{part}" uses a compression method ({method}) that spreadsheet programs do not use</source>
        <translation>la parte «{part}» usa un método de compresión ({method}) que los programas de hojas de cálculo no usan</translation>
    </message>
    <message>
        <source>the part "{part}" is placed before the start of the file</source>
        <translation>la parte «{part}» está situada antes del comienzo del archivo</translation>
    </message>
    <message>
        <source>the part "{part}" is not where the table of contents says</source>
        <translation>la parte «{part}» no está donde indica el índice</translation>
    </message>
    <message>
        <source>the part "{part}" has two different names inside the file</source>
        <translation>la parte «{part}» tiene dos nombres distintos dentro del archivo</translation>
    </message>
    <message>
        <source>"{name}" has parts hidden inside other parts ("{part}"), a trick of "zip bombs", files made to overload the computer. {danger}</source>
        <translation>«{name}» tiene partes escondidas dentro de otras partes («{part}»), un truco de las «bombas zip», archivos hechos para sobrecargar el ordenador. {danger}</translation>
    </message>
    <message>
        <source>the part "{part}" runs into the table of contents</source>
        <translation>la parte «{part}» invade el índice</translation>
    </message>
    <message>
        <source>the part "{part}" is larger than the table of contents says</source>
        <translation>la parte «{part}» es más grande de lo que indica el índice</translation>
    </message>
    <message>
        <source>the part "{part}" is shorter than the table of contents says</source>
        <translation>la parte «{part}» es más corta de lo que indica el índice</translation>
    </message>
    <message>
        <source>the part "{part}" fails its checksum (CRC)</source>
        <translation>la parte «{part}» no supera su suma de comprobación (CRC)</translation>
    </message>
    <message>
        <source>{count:,} bytes follow the end of its zip archive</source>
        <translation>{count} bytes siguen al final de su archivo zip</translation>
    </message>
    <message>
        <source>its zip archive's comment runs past the end of the file</source>
        <translation>el comentario de su archivo zip sobrepasa el final del archivo</translation>
    </message>
    <message>
        <source>a PowerPoint presentation (.pptx)</source>
        <translation>una presentación de PowerPoint (.pptx)</translation>
    </message>
    <message>
        <source>the sheet part "{part}" refers to a cell or row beyond the last one a worksheet can have ({beyond}; the last is XFD1048576)</source>
        <translation>la parte de hoja «{part}» remite a una celda o fila más allá de la última que puede tener una hoja ({beyond}; la última es XFD1048576)</translation>
    </message>
    <message>
        <source>an OpenDocument spreadsheet (.ods, for example from LibreOffice)</source>
        <translation>una hoja de cálculo OpenDocument (.ods, por ejemplo de LibreOffice)</translation>
    </message>
    <message>
        <source>Open it in LibreOffice and save it as "Excel 2007-365 (.xlsx)", then import the new file.</source>
        <translation>Ábralo en LibreOffice y guárdelo como «Excel 2007-365 (.xlsx)»; luego importe el archivo nuevo.</translation>
    </message>
    <message>
        <source>the part "{part}" cannot be unpacked</source>
        <translation>la parte «{part}» no se puede descomprimir</translation>
    </message>
    <message>
        <source>an OpenDocument text document (.odt)</source>
        <translation>un documento de texto OpenDocument (.odt)</translation>
    </message>
    <message>
        <source>an OpenDocument or similar file</source>
        <translation>un archivo OpenDocument o similar</translation>
    </message>
</context>
<context>
    <name>record_types</name>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Partes</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Oficinas</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>Punto focal</translation>
    </message>
    <message>
        <source>Focal points</source>
        <translation>Puntos focales</translation>
    </message>
    <message>
        <source>Joint activity</source>
        <translation>Actividad conjunta</translation>
    </message>
    <message>
        <source>Joint activities</source>
        <translation>Actividades conjuntas</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Acción pendiente</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Acciones pendientes</translation>
    </message>
    <message>
        <source>Information exchange</source>
        <translation>Intercambio de información</translation>
    </message>
    <message>
        <source>Information exchanges</source>
        <translation>Intercambios de información</translation>
    </message>
    <message>
        <source>Cooperation request</source>
        <translation>Solicitud de cooperación</translation>
    </message>
    <message>
        <source>Cooperation requests</source>
        <translation>Solicitudes de cooperación</translation>
    </message>
    <message>
        <source>Project agreement</source>
        <translation>Acuerdo de proyecto</translation>
    </message>
    <message>
        <source>Project agreements</source>
        <translation>Acuerdos de proyecto</translation>
    </message>
    <message>
        <source>IP-use approval</source>
        <translation>Autorización de uso de PI</translation>
    </message>
    <message>
        <source>IP-use approvals</source>
        <translation>Autorizaciones de uso de PI</translation>
    </message>
    <message>
        <source>Consent record</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Consent records</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <source>Vocabulary term</source>
        <translation>Término de vocabulario</translation>
    </message>
    <message>
        <source>Vocabulary terms</source>
        <translation>Términos de vocabulario</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>{0} fields</source>
        <translation>{0} campos</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>change of {0} on '{1}'</source>
        <translation>el cambio de {0} en «{1}»</translation>
    </message>
    <message>
        <source>new {0} '{1}'</source>
        <translation>la creación de {0} «{1}»</translation>
    </message>
    <message>
        <source>new {0}</source>
        <translation>la creación de {0}</translation>
    </message>
    <message>
        <source>delete of the {0} '{1}'</source>
        <translation>la eliminación de {0} «{1}»</translation>
    </message>
    <message>
        <source>delete of the {0}</source>
        <translation>la eliminación de {0}</translation>
    </message>
    <message>
        <source>bulk change of {0} on {1} {2}</source>
        <translation>el cambio en bloque de {0} en {1} {2}</translation>
    </message>
</context>
<context>
    <name>vocabularies</name>
    <message>
        <source>Border management: risk assessment, materials, training</source>
        <comment>thematic_area</comment>
        <translation>Gestión de fronteras: evaluación de riesgos, materiales, formación</translation>
    </message>
    <message>
        <source>Good practices and recommendations for CBM/IBM policy</source>
        <comment>thematic_area</comment>
        <translation>Buenas prácticas y recomendaciones para la política CBM/IBM</translation>
    </message>
    <message>
        <source>Organisational and institutional structures for CBM</source>
        <comment>thematic_area</comment>
        <translation>Estructuras organizativas e institucionales para la CBM</translation>
    </message>
    <message>
        <source>Standard Operating Procedures on CBM/IBM</source>
        <comment>thematic_area</comment>
        <translation>Procedimientos operativos estándar sobre CBM/IBM</translation>
    </message>
    <message>
        <source>Joint training courses and joint trainings</source>
        <comment>thematic_area</comment>
        <translation>Cursos y formaciones conjuntos</translation>
    </message>
    <message>
        <source>Responsible data collection and information exchange</source>
        <comment>thematic_area</comment>
        <translation>Recopilación responsable de datos e intercambio de información</translation>
    </message>
    <message>
        <source>Standards for border management tools and technology</source>
        <comment>thematic_area</comment>
        <translation>Normas para herramientas y tecnología de gestión de fronteras</translation>
    </message>
    <message>
        <source>Regional cooperation and integration on border management</source>
        <comment>thematic_area</comment>
        <translation>Cooperación e integración regionales en gestión de fronteras</translation>
    </message>
    <message>
        <source>Conferences, seminars and workshops on CBM/IBM</source>
        <comment>thematic_area</comment>
        <translation>Conferencias, seminarios y talleres sobre CBM/IBM</translation>
    </message>
    <message>
        <source>Joint research, awareness, policy and capacity building</source>
        <comment>thematic_area</comment>
        <translation>Investigación, sensibilización, políticas y desarrollo de capacidades conjuntos</translation>
    </message>
    <message>
        <source>Cross-border trade and development</source>
        <comment>thematic_area</comment>
        <translation>Comercio transfronterizo y desarrollo</translation>
    </message>
    <message>
        <source>One Stop Border Posts (OSBPs)</source>
        <comment>thematic_area</comment>
        <translation>Puestos fronterizos de ventanilla única</translation>
    </message>
    <message>
        <source>Engagement of cross-border communities</source>
        <comment>thematic_area</comment>
        <translation>Participación de las comunidades transfronterizas</translation>
    </message>
    <message>
        <source>Risk analysis and risk management</source>
        <comment>thematic_area</comment>
        <translation>Análisis y gestión de riesgos</translation>
    </message>
    <message>
        <source>Cross-border crime (trafficking, smuggling)</source>
        <comment>thematic_area</comment>
        <translation>Delincuencia transfronteriza (trata, tráfico ilícito)</translation>
    </message>
    <message>
        <source>Cross-border security threats</source>
        <comment>thematic_area</comment>
        <translation>Amenazas transfronterizas a la seguridad</translation>
    </message>
    <message>
        <source>Irregular cross-border movements</source>
        <comment>thematic_area</comment>
        <translation>Movimientos transfronterizos irregulares</translation>
    </message>
    <message>
        <source>Advance Passenger Information (API)</source>
        <comment>thematic_area</comment>
        <translation>Información anticipada sobre pasajeros (API)</translation>
    </message>
    <message>
        <source>Humanitarian Border Management</source>
        <comment>thematic_area</comment>
        <translation>Gestión humanitaria de fronteras</translation>
    </message>
    <message>
        <source>Public health and cross-border flows</source>
        <comment>thematic_area</comment>
        <translation>Salud pública y flujos transfronterizos</translation>
    </message>
    <message>
        <source>Integrated IT, biometrics, information systems</source>
        <comment>thematic_area</comment>
        <translation>TI integradas, biometría, sistemas de información</translation>
    </message>
    <message>
        <source>Public-private partnerships in border management</source>
        <comment>thematic_area</comment>
        <translation>Alianzas público-privadas en gestión de fronteras</translation>
    </message>
    <message>
        <source>Emergency customs facilitation for humanitarian aid</source>
        <comment>thematic_area</comment>
        <translation>Facilitación aduanera de emergencia para la ayuda humanitaria</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <comment>activity_kind</comment>
        <translation>Evaluación de riesgos</translation>
    </message>
    <message>
        <source>Training</source>
        <comment>activity_kind</comment>
        <translation>Formación</translation>
    </message>
    <message>
        <source>Information materials</source>
        <comment>activity_kind</comment>
        <translation>Materiales informativos</translation>
    </message>
    <message>
        <source>Training manuals, tools and guidance</source>
        <comment>activity_kind</comment>
        <translation>Manuales de formación, herramientas y orientaciones</translation>
    </message>
    <message>
        <source>Standard Operating Procedures</source>
        <comment>activity_kind</comment>
        <translation>Procedimientos operativos estándar</translation>
    </message>
    <message>
        <source>Advocacy or public information campaign</source>
        <comment>activity_kind</comment>
        <translation>Campaña de promoción o de información pública</translation>
    </message>
    <message>
        <source>Policy advice and recommendations</source>
        <comment>activity_kind</comment>
        <translation>Asesoramiento y recomendaciones de política</translation>
    </message>
    <message>
        <source>Conference, seminar or workshop</source>
        <comment>activity_kind</comment>
        <translation>Conferencia, seminario o taller</translation>
    </message>
    <message>
        <source>Joint research</source>
        <comment>activity_kind</comment>
        <translation>Investigación conjunta</translation>
    </message>
    <message>
        <source>Capacity building</source>
        <comment>activity_kind</comment>
        <translation>Desarrollo de capacidades</translation>
    </message>
    <message>
        <source>Data collection and information exchange</source>
        <comment>activity_kind</comment>
        <translation>Recopilación de datos e intercambio de información</translation>
    </message>
    <message>
        <source>Emergency customs facilitation</source>
        <comment>activity_kind</comment>
        <translation>Facilitación aduanera de emergencia</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>activity_kind</comment>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>activity_status</comment>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <comment>activity_status</comment>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>activity_status</comment>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>activity_status</comment>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <comment>office_level</comment>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Regional</source>
        <comment>office_level</comment>
        <translation>Regional</translation>
    </message>
    <message>
        <source>Country</source>
        <comment>office_level</comment>
        <translation>País</translation>
    </message>
    <message>
        <source>Field</source>
        <comment>office_level</comment>
        <translation>Terreno</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <comment>focal_point_level</comment>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Regional</source>
        <comment>focal_point_level</comment>
        <translation>Regional</translation>
    </message>
    <message>
        <source>Field</source>
        <comment>focal_point_level</comment>
        <translation>Terreno</translation>
    </message>
    <message>
        <source>Consultation</source>
        <comment>meeting_kind</comment>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Joint meeting</source>
        <comment>meeting_kind</comment>
        <translation>Reunión conjunta</translation>
    </message>
    <message>
        <source>Workshop</source>
        <comment>meeting_kind</comment>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Observer invitation to a conference</source>
        <comment>meeting_kind</comment>
        <translation>Invitación como observador a una conferencia</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>action_status</comment>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>action_status</comment>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>action_status</comment>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Public domain</source>
        <comment>classification</comment>
        <translation>Dominio público</translation>
    </message>
    <message>
        <source>Project-specific</source>
        <comment>classification</comment>
        <translation>Específica del proyecto</translation>
    </message>
    <message>
        <source>Confidential</source>
        <comment>classification</comment>
        <translation>Confidencial</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>request_status</comment>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Accepted</source>
        <comment>request_status</comment>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Declined</source>
        <comment>request_status</comment>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>request_status</comment>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Draft</source>
        <comment>project_status</comment>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Signed</source>
        <comment>project_status</comment>
        <translation>Firmado</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>project_status</comment>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>project_status</comment>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Terminated</source>
        <comment>project_status</comment>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Draft</source>
        <comment>agreement_status</comment>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>In force</source>
        <comment>agreement_status</comment>
        <translation>En vigor</translation>
    </message>
    <message>
        <source>Termination notice given</source>
        <comment>agreement_status</comment>
        <translation>Preaviso de terminación dado</translation>
    </message>
    <message>
        <source>Terminated</source>
        <comment>agreement_status</comment>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Logo</source>
        <comment>ip_item</comment>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>ip_item</comment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Trademark</source>
        <comment>ip_item</comment>
        <translation>Marca</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>ip_item</comment>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Requested</source>
        <comment>ip_status</comment>
        <translation>Solicitada</translation>
    </message>
    <message>
        <source>Approved</source>
        <comment>ip_status</comment>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Refused</source>
        <comment>ip_status</comment>
        <translation>Denegada</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>ip_status</comment>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Customs administration</source>
        <comment>organisation_type</comment>
        <translation>Administración de aduanas</translation>
    </message>
    <message>
        <source>Border police</source>
        <comment>organisation_type</comment>
        <translation>Policía de fronteras</translation>
    </message>
    <message>
        <source>Immigration authority</source>
        <comment>organisation_type</comment>
        <translation>Autoridad de inmigración</translation>
    </message>
    <message>
        <source>Ministry</source>
        <comment>organisation_type</comment>
        <translation>Ministerio</translation>
    </message>
    <message>
        <source>Private partner</source>
        <comment>organisation_type</comment>
        <translation>Socio privado</translation>
    </message>
    <message>
        <source>International organisation</source>
        <comment>organisation_type</comment>
        <translation>Organización internacional</translation>
    </message>
    <message>
        <source>Non-governmental organisation</source>
        <comment>organisation_type</comment>
        <translation>Organización no gubernamental</translation>
    </message>
    <message>
        <source>Academic institution</source>
        <comment>organisation_type</comment>
        <translation>Institución académica</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>organisation_type</comment>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Signed form</source>
        <comment>consent_method</comment>
        <translation>Formulario firmado</translation>
    </message>
    <message>
        <source>Email</source>
        <comment>consent_method</comment>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>consent_method</comment>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Aruba</source>
        <comment>country</comment>
        <translation>Aruba</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <comment>country</comment>
        <translation>Afganistán</translation>
    </message>
    <message>
        <source>Angola</source>
        <comment>country</comment>
        <translation>Angola</translation>
    </message>
    <message>
        <source>Anguilla</source>
        <comment>country</comment>
        <translation>Anguila</translation>
    </message>
    <message>
        <source>Åland Islands</source>
        <comment>country</comment>
        <translation>Islas Äland</translation>
    </message>
    <message>
        <source>Albania</source>
        <comment>country</comment>
        <translation>Albania</translation>
    </message>
    <message>
        <source>Andorra</source>
        <comment>country</comment>
        <translation>Andorra</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <comment>country</comment>
        <translation>Emiratos Árabes Unidos</translation>
    </message>
    <message>
        <source>Argentina</source>
        <comment>country</comment>
        <translation>Argentina</translation>
    </message>
    <message>
        <source>Armenia</source>
        <comment>country</comment>
        <translation>Armenia</translation>
    </message>
    <message>
        <source>American Samoa</source>
        <comment>country</comment>
        <translation>Samoa Estadounidense</translation>
    </message>
    <message>
        <source>Antarctica</source>
        <comment>country</comment>
        <translation>Antártida</translation>
    </message>
    <message>
        <source>French Southern Territories</source>
        <comment>country</comment>
        <translation>Territorios Franceses del Sur</translation>
    </message>
    <message>
        <source>Antigua and Barbuda</source>
        <comment>country</comment>
        <translation>Antigua y Barbuda</translation>
    </message>
    <message>
        <source>Australia</source>
        <comment>country</comment>
        <translation>Australia</translation>
    </message>
    <message>
        <source>Austria</source>
        <comment>country</comment>
        <translation>Austria</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <comment>country</comment>
        <translation>Azerbaiyán</translation>
    </message>
    <message>
        <source>Burundi</source>
        <comment>country</comment>
        <translation>Burundi</translation>
    </message>
    <message>
        <source>Belgium</source>
        <comment>country</comment>
        <translation>Bélgica</translation>
    </message>
    <message>
        <source>Benin</source>
        <comment>country</comment>
        <translation>Benín</translation>
    </message>
    <message>
        <source>Bonaire, Sint Eustatius and Saba</source>
        <comment>country</comment>
        <translation>Islas BES (Caribe Neerlandés)</translation>
    </message>
    <message>
        <source>Burkina Faso</source>
        <comment>country</comment>
        <translation>Burquina Faso</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <comment>country</comment>
        <translation>Bangladés</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <comment>country</comment>
        <translation>Bulgaria</translation>
    </message>
    <message>
        <source>Bahrain</source>
        <comment>country</comment>
        <translation>Baréin</translation>
    </message>
    <message>
        <source>Bahamas</source>
        <comment>country</comment>
        <translation>Bahamas</translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina</source>
        <comment>country</comment>
        <translation>Bosnia y Herzegovina</translation>
    </message>
    <message>
        <source>Saint Barthélemy</source>
        <comment>country</comment>
        <translation>San Bartolomé</translation>
    </message>
    <message>
        <source>Belarus</source>
        <comment>country</comment>
        <translation>Bielorrusia</translation>
    </message>
    <message>
        <source>Belize</source>
        <comment>country</comment>
        <translation>Belice</translation>
    </message>
    <message>
        <source>Bermuda</source>
        <comment>country</comment>
        <translation>Islas Bermudas</translation>
    </message>
    <message>
        <source>Bolivia</source>
        <comment>country</comment>
        <translation>Bolivia</translation>
    </message>
    <message>
        <source>Brazil</source>
        <comment>country</comment>
        <translation>Brasil</translation>
    </message>
    <message>
        <source>Barbados</source>
        <comment>country</comment>
        <translation>Barbados</translation>
    </message>
    <message>
        <source>Brunei Darussalam</source>
        <comment>country</comment>
        <translation>Brunei Darussalam</translation>
    </message>
    <message>
        <source>Bhutan</source>
        <comment>country</comment>
        <translation>Bután</translation>
    </message>
    <message>
        <source>Bouvet Island</source>
        <comment>country</comment>
        <translation>Isla Bouvet</translation>
    </message>
    <message>
        <source>Botswana</source>
        <comment>country</comment>
        <translation>Botsuana</translation>
    </message>
    <message>
        <source>Central African Republic</source>
        <comment>country</comment>
        <translation>República Centroafricana</translation>
    </message>
    <message>
        <source>Canada</source>
        <comment>country</comment>
        <translation>Canadá</translation>
    </message>
    <message>
        <source>Cocos (Keeling) Islands</source>
        <comment>country</comment>
        <translation>Islas Cocos (Keeling)</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <comment>country</comment>
        <translation>Suiza</translation>
    </message>
    <message>
        <source>Chile</source>
        <comment>country</comment>
        <translation>Chile</translation>
    </message>
    <message>
        <source>China</source>
        <comment>country</comment>
        <translation>China</translation>
    </message>
    <message>
        <source>Côte d'Ivoire</source>
        <comment>country</comment>
        <translation>Costa de Marfíl</translation>
    </message>
    <message>
        <source>Cameroon</source>
        <comment>country</comment>
        <translation>Camerún</translation>
    </message>
    <message>
        <source>Congo, The Democratic Republic of the</source>
        <comment>country</comment>
        <translation>Congo, República Democrática del</translation>
    </message>
    <message>
        <source>Congo</source>
        <comment>country</comment>
        <translation>Congo</translation>
    </message>
    <message>
        <source>Cook Islands</source>
        <comment>country</comment>
        <translation>Islas Cook</translation>
    </message>
    <message>
        <source>Colombia</source>
        <comment>country</comment>
        <translation>Colombia</translation>
    </message>
    <message>
        <source>Comoros</source>
        <comment>country</comment>
        <translation>Comores, Islas</translation>
    </message>
    <message>
        <source>Cabo Verde</source>
        <comment>country</comment>
        <translation>Cabo Verde</translation>
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
        <translation>Curazao</translation>
    </message>
    <message>
        <source>Christmas Island</source>
        <comment>country</comment>
        <translation>Isla de Navidad</translation>
    </message>
    <message>
        <source>Cayman Islands</source>
        <comment>country</comment>
        <translation>Islas Caimán</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <comment>country</comment>
        <translation>Chipre</translation>
    </message>
    <message>
        <source>Czechia</source>
        <comment>country</comment>
        <translation>Chequia</translation>
    </message>
    <message>
        <source>Germany</source>
        <comment>country</comment>
        <translation>Alemania</translation>
    </message>
    <message>
        <source>Djibouti</source>
        <comment>country</comment>
        <translation>Yibuti</translation>
    </message>
    <message>
        <source>Dominica</source>
        <comment>country</comment>
        <translation>Dominica</translation>
    </message>
    <message>
        <source>Denmark</source>
        <comment>country</comment>
        <translation>Dinamarca</translation>
    </message>
    <message>
        <source>Dominican Republic</source>
        <comment>country</comment>
        <translation>República Dominicana</translation>
    </message>
    <message>
        <source>Algeria</source>
        <comment>country</comment>
        <translation>Algeria</translation>
    </message>
    <message>
        <source>Ecuador</source>
        <comment>country</comment>
        <translation>Ecuador</translation>
    </message>
    <message>
        <source>Egypt</source>
        <comment>country</comment>
        <translation>Egipto</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <comment>country</comment>
        <translation>Eritrea</translation>
    </message>
    <message>
        <source>Western Sahara</source>
        <comment>country</comment>
        <translation>Sahara Occidental</translation>
    </message>
    <message>
        <source>Spain</source>
        <comment>country</comment>
        <translation>España</translation>
    </message>
    <message>
        <source>Estonia</source>
        <comment>country</comment>
        <translation>Estonia</translation>
    </message>
    <message>
        <source>Ethiopia</source>
        <comment>country</comment>
        <translation>Etiopía</translation>
    </message>
    <message>
        <source>Finland</source>
        <comment>country</comment>
        <translation>Finlandia</translation>
    </message>
    <message>
        <source>Fiji</source>
        <comment>country</comment>
        <translation>Fiyi</translation>
    </message>
    <message>
        <source>Falkland Islands (Malvinas)</source>
        <comment>country</comment>
        <translation>Islas Falkland (Malvinas)</translation>
    </message>
    <message>
        <source>France</source>
        <comment>country</comment>
        <translation>Francia</translation>
    </message>
    <message>
        <source>Faroe Islands</source>
        <comment>country</comment>
        <translation>Islas Feroe</translation>
    </message>
    <message>
        <source>Micronesia, Federated States of</source>
        <comment>country</comment>
        <translation>Micronesia, Estados Federados de</translation>
    </message>
    <message>
        <source>Gabon</source>
        <comment>country</comment>
        <translation>Gabón</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <comment>country</comment>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <source>Georgia</source>
        <comment>country</comment>
        <translation>Georgia</translation>
    </message>
    <message>
        <source>Guernsey</source>
        <comment>country</comment>
        <translation>Guernsey</translation>
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
        <translation>Guinea</translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <comment>country</comment>
        <translation>Guadalupe</translation>
    </message>
    <message>
        <source>Gambia</source>
        <comment>country</comment>
        <translation>Gambia</translation>
    </message>
    <message>
        <source>Guinea-Bissau</source>
        <comment>country</comment>
        <translation>Guinea-Bisáu</translation>
    </message>
    <message>
        <source>Equatorial Guinea</source>
        <comment>country</comment>
        <translation>Guinea Ecuatorial</translation>
    </message>
    <message>
        <source>Greece</source>
        <comment>country</comment>
        <translation>Grecia</translation>
    </message>
    <message>
        <source>Grenada</source>
        <comment>country</comment>
        <translation>Granada</translation>
    </message>
    <message>
        <source>Greenland</source>
        <comment>country</comment>
        <translation>Groenlandia</translation>
    </message>
    <message>
        <source>Guatemala</source>
        <comment>country</comment>
        <translation>Guatemala</translation>
    </message>
    <message>
        <source>French Guiana</source>
        <comment>country</comment>
        <translation>Guayana Francesa</translation>
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
        <translation>Islas Heard y McDonald</translation>
    </message>
    <message>
        <source>Honduras</source>
        <comment>country</comment>
        <translation>Honduras</translation>
    </message>
    <message>
        <source>Croatia</source>
        <comment>country</comment>
        <translation>Croacia</translation>
    </message>
    <message>
        <source>Haiti</source>
        <comment>country</comment>
        <translation>Haití</translation>
    </message>
    <message>
        <source>Hungary</source>
        <comment>country</comment>
        <translation>Hungría</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <comment>country</comment>
        <translation>Indonesia</translation>
    </message>
    <message>
        <source>Isle of Man</source>
        <comment>country</comment>
        <translation>Isla de Man</translation>
    </message>
    <message>
        <source>India</source>
        <comment>country</comment>
        <translation>India</translation>
    </message>
    <message>
        <source>British Indian Ocean Territory</source>
        <comment>country</comment>
        <translation>Territorio Británico del Océano Índico</translation>
    </message>
    <message>
        <source>Ireland</source>
        <comment>country</comment>
        <translation>Irlanda</translation>
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
        <translation>Islandia</translation>
    </message>
    <message>
        <source>Israel</source>
        <comment>country</comment>
        <translation>Israel</translation>
    </message>
    <message>
        <source>Italy</source>
        <comment>country</comment>
        <translation>Italia</translation>
    </message>
    <message>
        <source>Jamaica</source>
        <comment>country</comment>
        <translation>Jamaica</translation>
    </message>
    <message>
        <source>Jersey</source>
        <comment>country</comment>
        <translation>Jersey</translation>
    </message>
    <message>
        <source>Jordan</source>
        <comment>country</comment>
        <translation>Jordania</translation>
    </message>
    <message>
        <source>Japan</source>
        <comment>country</comment>
        <translation>Japón</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <comment>country</comment>
        <translation>Kazajistán</translation>
    </message>
    <message>
        <source>Kenya</source>
        <comment>country</comment>
        <translation>Kenia</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <comment>country</comment>
        <translation>Kirguistán</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <comment>country</comment>
        <translation>Camboya</translation>
    </message>
    <message>
        <source>Kiribati</source>
        <comment>country</comment>
        <translation>Kiribati</translation>
    </message>
    <message>
        <source>Saint Kitts and Nevis</source>
        <comment>country</comment>
        <translation>San Cristóbal y Nieves</translation>
    </message>
    <message>
        <source>South Korea</source>
        <comment>country</comment>
        <translation>South Korea</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <comment>country</comment>
        <translation>Kuwait</translation>
    </message>
    <message>
        <source>Laos</source>
        <comment>country</comment>
        <translation>Laos</translation>
    </message>
    <message>
        <source>Lebanon</source>
        <comment>country</comment>
        <translation>Líbano</translation>
    </message>
    <message>
        <source>Liberia</source>
        <comment>country</comment>
        <translation>Liberia</translation>
    </message>
    <message>
        <source>Libya</source>
        <comment>country</comment>
        <translation>Libia</translation>
    </message>
    <message>
        <source>Saint Lucia</source>
        <comment>country</comment>
        <translation>Santa Lucía</translation>
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
        <translation>Lesoto</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <comment>country</comment>
        <translation>Lituania</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <comment>country</comment>
        <translation>Luxemburgo</translation>
    </message>
    <message>
        <source>Latvia</source>
        <comment>country</comment>
        <translation>Letonia</translation>
    </message>
    <message>
        <source>Macao</source>
        <comment>country</comment>
        <translation>Macao</translation>
    </message>
    <message>
        <source>Saint Martin (French part)</source>
        <comment>country</comment>
        <translation>San Martín (zona francesa)</translation>
    </message>
    <message>
        <source>Morocco</source>
        <comment>country</comment>
        <translation>Marruecos</translation>
    </message>
    <message>
        <source>Monaco</source>
        <comment>country</comment>
        <translation>Mónaco</translation>
    </message>
    <message>
        <source>Moldova</source>
        <comment>country</comment>
        <translation>Moldavia</translation>
    </message>
    <message>
        <source>Madagascar</source>
        <comment>country</comment>
        <translation>Madagascar</translation>
    </message>
    <message>
        <source>Maldives</source>
        <comment>country</comment>
        <translation>Islas Maldivas</translation>
    </message>
    <message>
        <source>Mexico</source>
        <comment>country</comment>
        <translation>México</translation>
    </message>
    <message>
        <source>Marshall Islands</source>
        <comment>country</comment>
        <translation>Islas Marshall</translation>
    </message>
    <message>
        <source>North Macedonia</source>
        <comment>country</comment>
        <translation>Macedonia del Norte</translation>
    </message>
    <message>
        <source>Mali</source>
        <comment>country</comment>
        <translation>Malí</translation>
    </message>
    <message>
        <source>Malta</source>
        <comment>country</comment>
        <translation>Malta</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <comment>country</comment>
        <translation>Birmania</translation>
    </message>
    <message>
        <source>Montenegro</source>
        <comment>country</comment>
        <translation>Montenegro</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <comment>country</comment>
        <translation>Mongolia</translation>
    </message>
    <message>
        <source>Northern Mariana Islands</source>
        <comment>country</comment>
        <translation>Islas Marianas del Norte</translation>
    </message>
    <message>
        <source>Mozambique</source>
        <comment>country</comment>
        <translation>Mozambique</translation>
    </message>
    <message>
        <source>Mauritania</source>
        <comment>country</comment>
        <translation>Mauritania</translation>
    </message>
    <message>
        <source>Montserrat</source>
        <comment>country</comment>
        <translation>Montserrat</translation>
    </message>
    <message>
        <source>Martinique</source>
        <comment>country</comment>
        <translation>Martinica</translation>
    </message>
    <message>
        <source>Mauritius</source>
        <comment>country</comment>
        <translation>Mauricio</translation>
    </message>
    <message>
        <source>Malawi</source>
        <comment>country</comment>
        <translation>Malaui</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <comment>country</comment>
        <translation>Malasia</translation>
    </message>
    <message>
        <source>Mayotte</source>
        <comment>country</comment>
        <translation>Mayotte</translation>
    </message>
    <message>
        <source>Namibia</source>
        <comment>country</comment>
        <translation>Namibia</translation>
    </message>
    <message>
        <source>New Caledonia</source>
        <comment>country</comment>
        <translation>Nueva Caledonia</translation>
    </message>
    <message>
        <source>Niger</source>
        <comment>country</comment>
        <translation>Niger</translation>
    </message>
    <message>
        <source>Norfolk Island</source>
        <comment>country</comment>
        <translation>Isla Norfolk</translation>
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
        <translation>Niue</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <comment>country</comment>
        <translation>Países Bajos</translation>
    </message>
    <message>
        <source>Norway</source>
        <comment>country</comment>
        <translation>Noruega</translation>
    </message>
    <message>
        <source>Nepal</source>
        <comment>country</comment>
        <translation>Nepal</translation>
    </message>
    <message>
        <source>Nauru</source>
        <comment>country</comment>
        <translation>Nauru</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <comment>country</comment>
        <translation>Nueva Zelanda</translation>
    </message>
    <message>
        <source>Oman</source>
        <comment>country</comment>
        <translation>Omán</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <comment>country</comment>
        <translation>Pakistán</translation>
    </message>
    <message>
        <source>Panama</source>
        <comment>country</comment>
        <translation>Panamá</translation>
    </message>
    <message>
        <source>Pitcairn</source>
        <comment>country</comment>
        <translation>Pitcairn</translation>
    </message>
    <message>
        <source>Peru</source>
        <comment>country</comment>
        <translation>Perú</translation>
    </message>
    <message>
        <source>Philippines</source>
        <comment>country</comment>
        <translation>Filipinas</translation>
    </message>
    <message>
        <source>Palau</source>
        <comment>country</comment>
        <translation>Palaos</translation>
    </message>
    <message>
        <source>Papua New Guinea</source>
        <comment>country</comment>
        <translation>Papúa Nueva Guinea</translation>
    </message>
    <message>
        <source>Poland</source>
        <comment>country</comment>
        <translation>Polonia</translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <comment>country</comment>
        <translation>Puerto Rico</translation>
    </message>
    <message>
        <source>North Korea</source>
        <comment>country</comment>
        <translation>North Korea</translation>
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
        <translation>Palestina, Estado de</translation>
    </message>
    <message>
        <source>French Polynesia</source>
        <comment>country</comment>
        <translation>Polinesia Francesa</translation>
    </message>
    <message>
        <source>Qatar</source>
        <comment>country</comment>
        <translation>Catar</translation>
    </message>
    <message>
        <source>Réunion</source>
        <comment>country</comment>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Romania</source>
        <comment>country</comment>
        <translation>Rumanía</translation>
    </message>
    <message>
        <source>Russian Federation</source>
        <comment>country</comment>
        <translation>Federación Rusa</translation>
    </message>
    <message>
        <source>Rwanda</source>
        <comment>country</comment>
        <translation>Ruanda</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <comment>country</comment>
        <translation>Arabia Saudí</translation>
    </message>
    <message>
        <source>Sudan</source>
        <comment>country</comment>
        <translation>Sudán</translation>
    </message>
    <message>
        <source>Senegal</source>
        <comment>country</comment>
        <translation>Senegal</translation>
    </message>
    <message>
        <source>Singapore</source>
        <comment>country</comment>
        <translation>Singapur</translation>
    </message>
    <message>
        <source>South Georgia and the South Sandwich Islands</source>
        <comment>country</comment>
        <translation>Islas Georgias del Sur y Sándwich del Sur</translation>
    </message>
    <message>
        <source>Saint Helena, Ascension and Tristan da Cunha</source>
        <comment>country</comment>
        <translation>Santa Elena, Ascensión y Tristán de Acuña</translation>
    </message>
    <message>
        <source>Svalbard and Jan Mayen</source>
        <comment>country</comment>
        <translation>Svalbard y Jan Mayen</translation>
    </message>
    <message>
        <source>Solomon Islands</source>
        <comment>country</comment>
        <translation>Islas Salomón</translation>
    </message>
    <message>
        <source>Sierra Leone</source>
        <comment>country</comment>
        <translation>Sierra Leona</translation>
    </message>
    <message>
        <source>El Salvador</source>
        <comment>country</comment>
        <translation>El Salvador</translation>
    </message>
    <message>
        <source>San Marino</source>
        <comment>country</comment>
        <translation>San Marino</translation>
    </message>
    <message>
        <source>Somalia</source>
        <comment>country</comment>
        <translation>Somalia</translation>
    </message>
    <message>
        <source>Saint Pierre and Miquelon</source>
        <comment>country</comment>
        <translation>San Pedro y Miquelon</translation>
    </message>
    <message>
        <source>Serbia</source>
        <comment>country</comment>
        <translation>Serbia</translation>
    </message>
    <message>
        <source>South Sudan</source>
        <comment>country</comment>
        <translation>Sudán del Sur</translation>
    </message>
    <message>
        <source>Sao Tome and Principe</source>
        <comment>country</comment>
        <translation>Santo Tomé y Príncipe</translation>
    </message>
    <message>
        <source>Suriname</source>
        <comment>country</comment>
        <translation>Surinám</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <comment>country</comment>
        <translation>Eslovaquia</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <comment>country</comment>
        <translation>Eslovenia</translation>
    </message>
    <message>
        <source>Sweden</source>
        <comment>country</comment>
        <translation>Suecia</translation>
    </message>
    <message>
        <source>Eswatini</source>
        <comment>country</comment>
        <translation>Esuatini</translation>
    </message>
    <message>
        <source>Sint Maarten (Dutch part)</source>
        <comment>country</comment>
        <translation>Isla de San Martín (zona holandsea)</translation>
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
        <translation>Islas Turcas y Caicos</translation>
    </message>
    <message>
        <source>Chad</source>
        <comment>country</comment>
        <translation>Chad</translation>
    </message>
    <message>
        <source>Togo</source>
        <comment>country</comment>
        <translation>Togo</translation>
    </message>
    <message>
        <source>Thailand</source>
        <comment>country</comment>
        <translation>Tailandia</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <comment>country</comment>
        <translation>Tayikistán</translation>
    </message>
    <message>
        <source>Tokelau</source>
        <comment>country</comment>
        <translation>Tokelau</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <comment>country</comment>
        <translation>Turkmenistán</translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <comment>country</comment>
        <translation>Timor Oriental</translation>
    </message>
    <message>
        <source>Tonga</source>
        <comment>country</comment>
        <translation>Tonga</translation>
    </message>
    <message>
        <source>Trinidad and Tobago</source>
        <comment>country</comment>
        <translation>Trinidad y Tobago</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <comment>country</comment>
        <translation>Tunez</translation>
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
        <translation>Taiwán</translation>
    </message>
    <message>
        <source>Tanzania</source>
        <comment>country</comment>
        <translation>Tanzania</translation>
    </message>
    <message>
        <source>Uganda</source>
        <comment>country</comment>
        <translation>Uganda</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <comment>country</comment>
        <translation>Ucrania</translation>
    </message>
    <message>
        <source>United States Minor Outlying Islands</source>
        <comment>country</comment>
        <translation>Islas Ultramarinas Menores de Estados Unidos</translation>
    </message>
    <message>
        <source>Uruguay</source>
        <comment>country</comment>
        <translation>Uruguay</translation>
    </message>
    <message>
        <source>United States</source>
        <comment>country</comment>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <comment>country</comment>
        <translation>Uzbekistán</translation>
    </message>
    <message>
        <source>Holy See (Vatican City State)</source>
        <comment>country</comment>
        <translation>Santa Sede (Ciudad Estado del Vaticano)</translation>
    </message>
    <message>
        <source>Saint Vincent and the Grenadines</source>
        <comment>country</comment>
        <translation>San Vicente y las Granadinas</translation>
    </message>
    <message>
        <source>Venezuela</source>
        <comment>country</comment>
        <translation>Venezuela</translation>
    </message>
    <message>
        <source>Virgin Islands, British</source>
        <comment>country</comment>
        <translation>Islas Vírgenes, Británicas</translation>
    </message>
    <message>
        <source>Virgin Islands, U.S.</source>
        <comment>country</comment>
        <translation>Islas Vírgenes, de EEUU</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <comment>country</comment>
        <translation>Vietnam</translation>
    </message>
    <message>
        <source>Vanuatu</source>
        <comment>country</comment>
        <translation>Vanuatu</translation>
    </message>
    <message>
        <source>Wallis and Futuna</source>
        <comment>country</comment>
        <translation>Wallis y Futuna</translation>
    </message>
    <message>
        <source>Samoa</source>
        <comment>country</comment>
        <translation>Samoa</translation>
    </message>
    <message>
        <source>Yemen</source>
        <comment>country</comment>
        <translation>Yemen</translation>
    </message>
    <message>
        <source>South Africa</source>
        <comment>country</comment>
        <translation>Sudáfrica</translation>
    </message>
    <message>
        <source>Zambia</source>
        <comment>country</comment>
        <translation>Zambia</translation>
    </message>
    <message>
        <source>Zimbabwe</source>
        <comment>country</comment>
        <translation>Zimbabue</translation>
    </message>
    <message>
        <source>Afar</source>
        <comment>language</comment>
        <translation>Afar</translation>
    </message>
    <message>
        <source>Abkhazian</source>
        <comment>language</comment>
        <translation>Abjaziano</translation>
    </message>
    <message>
        <source>Avestan</source>
        <comment>language</comment>
        <translation>Avestan</translation>
    </message>
    <message>
        <source>Afrikaans</source>
        <comment>language</comment>
        <translation>Afrikaans</translation>
    </message>
    <message>
        <source>Akan</source>
        <comment>language</comment>
        <translation>Akan</translation>
    </message>
    <message>
        <source>Amharic</source>
        <comment>language</comment>
        <translation>Ámárico</translation>
    </message>
    <message>
        <source>Aragonese</source>
        <comment>language</comment>
        <translation>Aragonés</translation>
    </message>
    <message>
        <source>Arabic</source>
        <comment>language</comment>
        <translation>Árábe</translation>
    </message>
    <message>
        <source>Assamese</source>
        <comment>language</comment>
        <translation>Assamais</translation>
    </message>
    <message>
        <source>Avaric</source>
        <comment>language</comment>
        <translation>Avaric</translation>
    </message>
    <message>
        <source>Aymara</source>
        <comment>language</comment>
        <translation>Aymará</translation>
    </message>
    <message>
        <source>Azerbaijani</source>
        <comment>language</comment>
        <translation>Azerbayano</translation>
    </message>
    <message>
        <source>Bashkir</source>
        <comment>language</comment>
        <translation>Bashkir</translation>
    </message>
    <message>
        <source>Belarusian</source>
        <comment>language</comment>
        <translation>Bieloruso</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <comment>language</comment>
        <translation>Búlgaro</translation>
    </message>
    <message>
        <source>Bihari languages</source>
        <comment>language</comment>
        <translation>Idiomas bihari</translation>
    </message>
    <message>
        <source>Bislama</source>
        <comment>language</comment>
        <translation>Bislama</translation>
    </message>
    <message>
        <source>Bambara</source>
        <comment>language</comment>
        <translation>Bambara</translation>
    </message>
    <message>
        <source>Bengali</source>
        <comment>language</comment>
        <translation>Bengalí</translation>
    </message>
    <message>
        <source>Tibetan</source>
        <comment>language</comment>
        <translation>Tibetano</translation>
    </message>
    <message>
        <source>Breton</source>
        <comment>language</comment>
        <translation>Bretón</translation>
    </message>
    <message>
        <source>Bosnian</source>
        <comment>language</comment>
        <translation>Bosnio</translation>
    </message>
    <message>
        <source>Catalan</source>
        <comment>language</comment>
        <translation>Catalan</translation>
    </message>
    <message>
        <source>Chechen</source>
        <comment>language</comment>
        <translation>Checheno</translation>
    </message>
    <message>
        <source>Chamorro</source>
        <comment>language</comment>
        <translation>Chamorro</translation>
    </message>
    <message>
        <source>Corsican</source>
        <comment>language</comment>
        <translation>Corso</translation>
    </message>
    <message>
        <source>Cree</source>
        <comment>language</comment>
        <translation>Cree</translation>
    </message>
    <message>
        <source>Czech</source>
        <comment>language</comment>
        <translation>Checo</translation>
    </message>
    <message>
        <source>Church Slavic</source>
        <comment>language</comment>
        <translation>Church Slavic</translation>
    </message>
    <message>
        <source>Chuvash</source>
        <comment>language</comment>
        <translation>Chuvash</translation>
    </message>
    <message>
        <source>Welsh</source>
        <comment>language</comment>
        <translation>Galés</translation>
    </message>
    <message>
        <source>Danish</source>
        <comment>language</comment>
        <translation>Danés</translation>
    </message>
    <message>
        <source>German</source>
        <comment>language</comment>
        <translation>Alemán</translation>
    </message>
    <message>
        <source>Divehi</source>
        <comment>language</comment>
        <translation>Divehi</translation>
    </message>
    <message>
        <source>Dzongkha</source>
        <comment>language</comment>
        <translation>Butaní</translation>
    </message>
    <message>
        <source>Ewe</source>
        <comment>language</comment>
        <translation>Ewe</translation>
    </message>
    <message>
        <source>Greek, Modern (1453-)</source>
        <comment>language</comment>
        <translation>Griego Moderno (&gt;1453)</translation>
    </message>
    <message>
        <source>English</source>
        <comment>language</comment>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Esperanto</source>
        <comment>language</comment>
        <translation>Esperanto</translation>
    </message>
    <message>
        <source>Spanish</source>
        <comment>language</comment>
        <translation>Spanish</translation>
    </message>
    <message>
        <source>Estonian</source>
        <comment>language</comment>
        <translation>Estonio</translation>
    </message>
    <message>
        <source>Basque</source>
        <comment>language</comment>
        <translation>Vasco</translation>
    </message>
    <message>
        <source>Persian</source>
        <comment>language</comment>
        <translation>Persa</translation>
    </message>
    <message>
        <source>Fulah</source>
        <comment>language</comment>
        <translation>Fulah</translation>
    </message>
    <message>
        <source>Finnish</source>
        <comment>language</comment>
        <translation>Finés</translation>
    </message>
    <message>
        <source>Fijian</source>
        <comment>language</comment>
        <translation>Fidji</translation>
    </message>
    <message>
        <source>Faroese</source>
        <comment>language</comment>
        <translation>Feroés</translation>
    </message>
    <message>
        <source>French</source>
        <comment>language</comment>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Western Frisian</source>
        <comment>language</comment>
        <translation>Frisón occidental</translation>
    </message>
    <message>
        <source>Irish</source>
        <comment>language</comment>
        <translation>Irlandés</translation>
    </message>
    <message>
        <source>Gaelic</source>
        <comment>language</comment>
        <translation>Gaelic</translation>
    </message>
    <message>
        <source>Galician</source>
        <comment>language</comment>
        <translation>Gallego</translation>
    </message>
    <message>
        <source>Guarani</source>
        <comment>language</comment>
        <translation>Guaraní</translation>
    </message>
    <message>
        <source>Gujarati</source>
        <comment>language</comment>
        <translation>guyaratí</translation>
    </message>
    <message>
        <source>Manx</source>
        <comment>language</comment>
        <translation>Manx [Gaélico de Manx]</translation>
    </message>
    <message>
        <source>Hausa</source>
        <comment>language</comment>
        <translation>Haussa</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <comment>language</comment>
        <translation>Hebreo</translation>
    </message>
    <message>
        <source>Hindi</source>
        <comment>language</comment>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Hiri Motu</source>
        <comment>language</comment>
        <translation>Hiri Motu</translation>
    </message>
    <message>
        <source>Croatian</source>
        <comment>language</comment>
        <translation>Croata</translation>
    </message>
    <message>
        <source>Haitian</source>
        <comment>language</comment>
        <translation>Haitian</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <comment>language</comment>
        <translation>Húngaro</translation>
    </message>
    <message>
        <source>Armenian</source>
        <comment>language</comment>
        <translation>Armenio</translation>
    </message>
    <message>
        <source>Herero</source>
        <comment>language</comment>
        <translation>Herero</translation>
    </message>
    <message>
        <source>Interlingua (International Auxiliary Language Association)</source>
        <comment>language</comment>
        <translation>Interlingua (Asociación de la Lengua Auxiliar Internacional)</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <comment>language</comment>
        <translation>Indonesio</translation>
    </message>
    <message>
        <source>Interlingue</source>
        <comment>language</comment>
        <translation>Interlingue</translation>
    </message>
    <message>
        <source>Igbo</source>
        <comment>language</comment>
        <translation>Igbo</translation>
    </message>
    <message>
        <source>Sichuan Yi</source>
        <comment>language</comment>
        <translation>Sichuan Yi</translation>
    </message>
    <message>
        <source>Inupiaq</source>
        <comment>language</comment>
        <translation>Inupiak</translation>
    </message>
    <message>
        <source>Ido</source>
        <comment>language</comment>
        <translation>Ido</translation>
    </message>
    <message>
        <source>Icelandic</source>
        <comment>language</comment>
        <translation>Islandés</translation>
    </message>
    <message>
        <source>Italian</source>
        <comment>language</comment>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>Inuktitut</source>
        <comment>language</comment>
        <translation>Inuktitut</translation>
    </message>
    <message>
        <source>Japanese</source>
        <comment>language</comment>
        <translation>Japonés</translation>
    </message>
    <message>
        <source>Javanese</source>
        <comment>language</comment>
        <translation>Javanés</translation>
    </message>
    <message>
        <source>Georgian</source>
        <comment>language</comment>
        <translation>Georgiano</translation>
    </message>
    <message>
        <source>Kongo</source>
        <comment>language</comment>
        <translation>Kongo</translation>
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
        <translation>Kazako</translation>
    </message>
    <message>
        <source>Kalaallisut</source>
        <comment>language</comment>
        <translation>Kalaallisut</translation>
    </message>
    <message>
        <source>Central Khmer</source>
        <comment>language</comment>
        <translation>Camboyano (jémer) central</translation>
    </message>
    <message>
        <source>Kannada</source>
        <comment>language</comment>
        <translation>Canarés</translation>
    </message>
    <message>
        <source>Korean</source>
        <comment>language</comment>
        <translation>Coreano</translation>
    </message>
    <message>
        <source>Kanuri</source>
        <comment>language</comment>
        <translation>Kanuri</translation>
    </message>
    <message>
        <source>Kashmiri</source>
        <comment>language</comment>
        <translation>Kashmir</translation>
    </message>
    <message>
        <source>Kurdish</source>
        <comment>language</comment>
        <translation>Kurdo</translation>
    </message>
    <message>
        <source>Komi</source>
        <comment>language</comment>
        <translation>Komi</translation>
    </message>
    <message>
        <source>Cornish</source>
        <comment>language</comment>
        <translation>Córnico</translation>
    </message>
    <message>
        <source>Kirghiz</source>
        <comment>language</comment>
        <translation>Kirghiz</translation>
    </message>
    <message>
        <source>Latin</source>
        <comment>language</comment>
        <translation>Latín</translation>
    </message>
    <message>
        <source>Luxembourgish</source>
        <comment>language</comment>
        <translation>Luxembourgish</translation>
    </message>
    <message>
        <source>Ganda</source>
        <comment>language</comment>
        <translation>Ganda</translation>
    </message>
    <message>
        <source>Limburgan</source>
        <comment>language</comment>
        <translation>Limburgan</translation>
    </message>
    <message>
        <source>Lingala</source>
        <comment>language</comment>
        <translation>Lingala</translation>
    </message>
    <message>
        <source>Lao</source>
        <comment>language</comment>
        <translation>laosiano</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <comment>language</comment>
        <translation>Lituano</translation>
    </message>
    <message>
        <source>Luba-Katanga</source>
        <comment>language</comment>
        <translation>Luba-Katanga</translation>
    </message>
    <message>
        <source>Latvian</source>
        <comment>language</comment>
        <translation>Letón</translation>
    </message>
    <message>
        <source>Malagasy</source>
        <comment>language</comment>
        <translation>Malgache</translation>
    </message>
    <message>
        <source>Marshallese</source>
        <comment>language</comment>
        <translation>Marshall</translation>
    </message>
    <message>
        <source>Maori</source>
        <comment>language</comment>
        <translation>Maorí</translation>
    </message>
    <message>
        <source>Macedonian</source>
        <comment>language</comment>
        <translation>Macedonio</translation>
    </message>
    <message>
        <source>Malayalam</source>
        <comment>language</comment>
        <translation>malabar</translation>
    </message>
    <message>
        <source>Mongolian</source>
        <comment>language</comment>
        <translation>Mongol</translation>
    </message>
    <message>
        <source>Marathi</source>
        <comment>language</comment>
        <translation>Marath</translation>
    </message>
    <message>
        <source>Malay</source>
        <comment>language</comment>
        <translation>Malayo</translation>
    </message>
    <message>
        <source>Maltese</source>
        <comment>language</comment>
        <translation>Maltés</translation>
    </message>
    <message>
        <source>Burmese</source>
        <comment>language</comment>
        <translation>Birmano</translation>
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
        <translation>Nepalés</translation>
    </message>
    <message>
        <source>Ndonga</source>
        <comment>language</comment>
        <translation>Ndonga</translation>
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
        <translation>Noruego</translation>
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
        <translation>Ojibwa</translation>
    </message>
    <message>
        <source>Oromo</source>
        <comment>language</comment>
        <translation>Oromo (Afan)</translation>
    </message>
    <message>
        <source>Oriya</source>
        <comment>language</comment>
        <translation>Oriya</translation>
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
        <translation>Pali</translation>
    </message>
    <message>
        <source>Polish</source>
        <comment>language</comment>
        <translation>Polaco</translation>
    </message>
    <message>
        <source>Pushto</source>
        <comment>language</comment>
        <translation>Pushto</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <comment>language</comment>
        <translation>Portugués</translation>
    </message>
    <message>
        <source>Quechua</source>
        <comment>language</comment>
        <translation>Quechua</translation>
    </message>
    <message>
        <source>Romansh</source>
        <comment>language</comment>
        <translation>Romaní</translation>
    </message>
    <message>
        <source>Rundi</source>
        <comment>language</comment>
        <translation>Kiroundi</translation>
    </message>
    <message>
        <source>Romanian</source>
        <comment>language</comment>
        <translation>Romanian</translation>
    </message>
    <message>
        <source>Russian</source>
        <comment>language</comment>
        <translation>Ruso</translation>
    </message>
    <message>
        <source>Kinyarwanda</source>
        <comment>language</comment>
        <translation>Kinyarwanda</translation>
    </message>
    <message>
        <source>Sanskrit</source>
        <comment>language</comment>
        <translation>Sánscrito</translation>
    </message>
    <message>
        <source>Sardinian</source>
        <comment>language</comment>
        <translation>Sardo</translation>
    </message>
    <message>
        <source>Sindhi</source>
        <comment>language</comment>
        <translation>Sindhi</translation>
    </message>
    <message>
        <source>Northern Sami</source>
        <comment>language</comment>
        <translation>Sami del Norte</translation>
    </message>
    <message>
        <source>Sango</source>
        <comment>language</comment>
        <translation>Sango</translation>
    </message>
    <message>
        <source>Sinhala</source>
        <comment>language</comment>
        <translation>Sinhala</translation>
    </message>
    <message>
        <source>Slovak</source>
        <comment>language</comment>
        <translation>Eslovaco</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <comment>language</comment>
        <translation>Esloveno</translation>
    </message>
    <message>
        <source>Samoan</source>
        <comment>language</comment>
        <translation>Samoano</translation>
    </message>
    <message>
        <source>Shona</source>
        <comment>language</comment>
        <translation>Shona</translation>
    </message>
    <message>
        <source>Somali</source>
        <comment>language</comment>
        <translation>Somalí</translation>
    </message>
    <message>
        <source>Albanian</source>
        <comment>language</comment>
        <translation>Albanés</translation>
    </message>
    <message>
        <source>Serbian</source>
        <comment>language</comment>
        <translation>Serbio</translation>
    </message>
    <message>
        <source>Swati</source>
        <comment>language</comment>
        <translation>Siswati</translation>
    </message>
    <message>
        <source>Sotho, Southern</source>
        <comment>language</comment>
        <translation>Sotho del Sur</translation>
    </message>
    <message>
        <source>Sundanese</source>
        <comment>language</comment>
        <translation>Sondanés</translation>
    </message>
    <message>
        <source>Swedish</source>
        <comment>language</comment>
        <translation>Sueco</translation>
    </message>
    <message>
        <source>Swahili</source>
        <comment>language</comment>
        <translation>Swahili</translation>
    </message>
    <message>
        <source>Tamil</source>
        <comment>language</comment>
        <translation>Tamil</translation>
    </message>
    <message>
        <source>Telugu</source>
        <comment>language</comment>
        <translation>Telugu</translation>
    </message>
    <message>
        <source>Tajik</source>
        <comment>language</comment>
        <translation>Tajiko</translation>
    </message>
    <message>
        <source>Thai</source>
        <comment>language</comment>
        <translation>Tailandés</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <comment>language</comment>
        <translation>Tigrinya</translation>
    </message>
    <message>
        <source>Turkmen</source>
        <comment>language</comment>
        <translation>Turkmeno</translation>
    </message>
    <message>
        <source>Tagalog</source>
        <comment>language</comment>
        <translation>Tagalo</translation>
    </message>
    <message>
        <source>Tswana</source>
        <comment>language</comment>
        <translation>Setchwana</translation>
    </message>
    <message>
        <source>Tonga (Tonga Islands)</source>
        <comment>language</comment>
        <translation>Tonga (Islas Tonga)</translation>
    </message>
    <message>
        <source>Turkish</source>
        <comment>language</comment>
        <translation>Turco</translation>
    </message>
    <message>
        <source>Tsonga</source>
        <comment>language</comment>
        <translation>Tsonga</translation>
    </message>
    <message>
        <source>Tatar</source>
        <comment>language</comment>
        <translation>Tataro</translation>
    </message>
    <message>
        <source>Twi</source>
        <comment>language</comment>
        <translation>Tchi</translation>
    </message>
    <message>
        <source>Tahitian</source>
        <comment>language</comment>
        <translation>Tahitiano</translation>
    </message>
    <message>
        <source>Uighur</source>
        <comment>language</comment>
        <translation>Uighur</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <comment>language</comment>
        <translation>Ukranio</translation>
    </message>
    <message>
        <source>Urdu</source>
        <comment>language</comment>
        <translation>Urdu</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <comment>language</comment>
        <translation>Uzbeko</translation>
    </message>
    <message>
        <source>Venda</source>
        <comment>language</comment>
        <translation>Venda</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <comment>language</comment>
        <translation>Vietnamita</translation>
    </message>
    <message>
        <source>Volapük</source>
        <comment>language</comment>
        <translation>Volapük</translation>
    </message>
    <message>
        <source>Walloon</source>
        <comment>language</comment>
        <translation>valón</translation>
    </message>
    <message>
        <source>Wolof</source>
        <comment>language</comment>
        <translation>Wolof</translation>
    </message>
    <message>
        <source>Xhosa</source>
        <comment>language</comment>
        <translation>Xhosa</translation>
    </message>
    <message>
        <source>Yiddish</source>
        <comment>language</comment>
        <translation>Yidish</translation>
    </message>
    <message>
        <source>Yoruba</source>
        <comment>language</comment>
        <translation>Yoruba</translation>
    </message>
    <message>
        <source>Zhuang</source>
        <comment>language</comment>
        <translation>Zhuang</translation>
    </message>
    <message>
        <source>Chinese</source>
        <comment>language</comment>
        <translation>Chino</translation>
    </message>
    <message>
        <source>Zulu</source>
        <comment>language</comment>
        <translation>Zulu</translation>
    </message>
    <message>
        <source>Thematic areas (MOU Article 4.1)</source>
        <translation>Áreas temáticas (MOU, artículo 4.1)</translation>
    </message>
    <message>
        <source>Activity kinds</source>
        <translation>Clases de actividad</translation>
    </message>
    <message>
        <source>Activity statuses</source>
        <translation>Estados de actividad</translation>
    </message>
    <message>
        <source>Office levels</source>
        <translation>Niveles de oficina</translation>
    </message>
    <message>
        <source>Focal point levels (MOU 1.3)</source>
        <translation>Niveles de punto focal (MOU 1.3)</translation>
    </message>
    <message>
        <source>Meeting kinds</source>
        <translation>Clases de reunión</translation>
    </message>
    <message>
        <source>Action item statuses</source>
        <translation>Estados de las acciones pendientes</translation>
    </message>
    <message>
        <source>Information classification (MOU 3.1, 3.2, 3.6)</source>
        <translation>Clasificación de la información (MOU 3.1, 3.2, 3.6)</translation>
    </message>
    <message>
        <source>Cooperation request statuses</source>
        <translation>Estados de las solicitudes de cooperación</translation>
    </message>
    <message>
        <source>Project agreement statuses</source>
        <translation>Estados de los acuerdos de proyecto</translation>
    </message>
    <message>
        <source>Agreement statuses</source>
        <translation>Estados del acuerdo</translation>
    </message>
    <message>
        <source>Intellectual property items (MOU 3.3)</source>
        <translation>Elementos de propiedad intelectual (MOU 3.3)</translation>
    </message>
    <message>
        <source>IP-use approval statuses</source>
        <translation>Estados de las autorizaciones de uso de PI</translation>
    </message>
    <message>
        <source>Organisation types</source>
        <translation>Tipos de organización</translation>
    </message>
    <message>
        <source>Consent methods (MOU 3.6)</source>
        <translation>Métodos de consentimiento (MOU 3.6)</translation>
    </message>
    <message>
        <source>Countries (ISO 3166-1)</source>
        <translation>Países (ISO 3166-1)</translation>
    </message>
    <message>
        <source>Languages (ISO 639-1)</source>
        <translation>Idiomas (ISO 639-1)</translation>
    </message>
</context>
</TS>