<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Backups</name>
    <message>
        <location filename="../../facilitator/ui/shell/backups_menu.py" line="60"/>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/backups_menu.py" line="71"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/backups_menu.py" line="86"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/backups_menu.py" line="134"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
</context>
<context>
    <name>Grid</name>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/legend.py" line="35"/>
        <source>Example: {label}</source>
        <translation>Ejemplo: {label}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/legend.py" line="38"/>
        <source>(in {number}+)</source>
        <translation>(en {number}+)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/legend.py" line="46"/>
        <source>Key to the numbered cards</source>
        <translation>Clave de las tarjetas numeradas</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/legend.py" line="172"/>
        <source>Page {page} of {pages}: cards {first}–{last} of {count}</source>
        <translation>Página {page} de {pages}: tarjetas {first}–{last} de {count}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/projected_layout.py" line="49"/>
        <source>▲ higher</source>
        <translation>▲ más</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/projected_layout.py" line="50"/>
        <source>Top of the board: higher</source>
        <translation>Arriba del tablero: más</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/projected_layout.py" line="51"/>
        <source>Vertical axis</source>
        <translation>Eje vertical</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/projected_layout.py" line="53"/>
        <source>▼ lower</source>
        <translation>▼ menos</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/projected_layout.py" line="54"/>
        <source>Bottom of the board: lower</source>
        <translation>Abajo del tablero: menos</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/projected_layout.py" line="55"/>
        <source>◀ harder</source>
        <translation>◀ más difícil</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/projected_layout.py" line="56"/>
        <source>Left of the board: harder</source>
        <translation>Izquierda del tablero: más difícil</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/projected_layout.py" line="57"/>
        <source>Horizontal axis</source>
        <translation>Eje horizontal</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/projected_layout.py" line="59"/>
        <source>easier ▶</source>
        <translation>más fácil ▶</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/projected_layout.py" line="60"/>
        <source>Right of the board: easier</source>
        <translation>Derecha del tablero: más fácil</translation>
    </message>
</context>
<context>
    <name>Handouts</name>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="56"/>
        <source>Participant packet</source>
        <translation>Cuadernillo del participante</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="57"/>
        <source>Cover, agenda, reference text and blank worksheets</source>
        <translation>Portada, agenda, texto de referencia y hojas de trabajo en blanco</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="58"/>
        <source>Facilitator guide</source>
        <translation>Guía del facilitador</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="59"/>
        <source>Run of show with times, notes and guiding questions</source>
        <translation>Desarrollo de la sesión con horarios, notas y preguntas guía</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="60"/>
        <source>Session summary</source>
        <translation>Resumen de la sesión</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="61"/>
        <source>Everything the room captured, with the grid as a figure</source>
        <translation>Todo lo que registró el grupo, con la cuadrícula como figura</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="62"/>
        <source>Key-themes summary</source>
        <translation>Resumen de temas clave</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="63"/>
        <source>Each theme as a headline and a paragraph</source>
        <translation>Cada tema como un titular y un párrafo</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="64"/>
        <source>Action tracker sheet</source>
        <translation>Hoja de seguimiento de acciones</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="65"/>
        <source>Open actions by owner, and a slip per owner</source>
        <translation>Acciones abiertas por responsable, y un recorte por responsable</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="67"/>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Carta (8,5 × 11 pulg.)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="68"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="124"/>
        <source>Stopped: the handouts already written are in the folder.</source>
        <translation>Detenido: los documentos ya escritos están en la carpeta.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="129"/>
        <source>The handouts could not be written ({error})</source>
        <translation>No se pudieron escribir los documentos ({error})</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="145"/>
        <source>{folder} is a file, not a folder; choose a folder for the handouts.</source>
        <translation>{folder} es un archivo, no una carpeta; elija una carpeta para los documentos.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="160"/>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="161"/>
        <source>Handouts</source>
        <translation>Documentos impresos</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="167"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="182"/>
        <source>One packet per participant, with their name on the cover</source>
        <translation>Un cuadernillo por participante, con su nombre en la portada</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="184"/>
        <source>One packet per participant</source>
        <translation>Un cuadernillo por participante</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="193"/>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="200"/>
        <source>Language of the handouts</source>
        <translation>Idioma de los documentos</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="201"/>
        <source>Labels, dates and the template&apos;s text; what the room typed prints as typed</source>
        <translation>Etiquetas, fechas y el texto de la plantilla; lo que escribió el grupo se imprime tal cual</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="210"/>
        <source>Folder for the handouts</source>
        <translation>Carpeta para los documentos</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="211"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="212"/>
        <source>Choose the folder</source>
        <translation>Elegir la carpeta</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="219"/>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="220"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="221"/>
        <source>Save in:</source>
        <translation>Guardar en:</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="224"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="228"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="231"/>
        <source>Handouts written</source>
        <translation>Documentos escritos</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="234"/>
        <source>&amp;Open to preview</source>
        <translation>&amp;Abrir para ver</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="236"/>
        <source>Open the selected handout to preview it</source>
        <translation>Abrir el documento seleccionado para verlo</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="238"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="239"/>
        <source>Print the selected handout</source>
        <translation>Imprimir el documento seleccionado</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="241"/>
        <source>Show &amp;folder</source>
        <translation>Mostrar la &amp;carpeta</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="243"/>
        <source>Show the folder with the handouts</source>
        <translation>Mostrar la carpeta con los documentos</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="252"/>
        <source>&amp;Write handouts</source>
        <translation>&amp;Escribir documentos</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="254"/>
        <source>Write the handouts</source>
        <translation>Escribir los documentos</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="257"/>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="353"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="289"/>
        <source>Save the handouts in</source>
        <translation>Guardar los documentos en</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="303"/>
        <source>Choose a folder for the handouts.</source>
        <translation>Elija una carpeta para los documentos.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="323"/>
        <source>Writing handouts…</source>
        <translation>Escribiendo documentos…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="324"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="343"/>
        <source>Writing {name} ({number} of {total})…</source>
        <translation>Escribiendo {name} ({number} de {total})…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="370"/>
        <source>1 handout written to {folder}.</source>
        <translation>1 documento escrito en {folder}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="371"/>
        <source>{count} handouts written to {folder}.</source>
        <translation>{count} documentos escritos en {folder}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="376"/>
        <source>Handouts written; {note}</source>
        <translation>Documentos escritos; {note}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="379"/>
        <source>Open one to preview it, or print it.</source>
        <translation>Abra uno para verlo, o imprímalo.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="382"/>
        <source>Handouts written to {folder}</source>
        <translation>Documentos escritos en {folder}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="392"/>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="410"/>
        <source>No PDF viewer opened {name}; open it from the folder.</source>
        <translation>Ningún visor de PDF abrió {name}; ábralo desde la carpeta.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="421"/>
        <source>Sent {name} to the default printer.</source>
        <translation>{name} se envió a la impresora predeterminada.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="427"/>
        <source>{name} is open in your PDF viewer: print it from there (Ctrl+P).</source>
        <translation>{name} está abierto en su visor de PDF: imprímalo desde allí (Ctrl+P).</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="438"/>
        <source>Open a workshop first.</source>
        <translation>Primero abra un taller.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="449"/>
        <source>&amp;Handouts…</source>
        <translation>&amp;Documentos impresos…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="453"/>
        <source>Print participant packets, the facilitator guide and summaries</source>
        <translation>Imprimir cuadernillos de participantes, la guía del facilitador y resúmenes</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../facilitator/ui/shell/language_menu.py" line="19"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/language_menu.py" line="37"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../facilitator/ui/shell/main_window.py" line="105"/>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/main_window.py" line="106"/>
        <source>Opening</source>
        <translation>Abriendo</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/main_window.py" line="117"/>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/main_window.py" line="119"/>
        <location filename="../../facilitator/ui/shell/main_window.py" line="121"/>
        <location filename="../../facilitator/ui/shell/main_window.py" line="460"/>
        <source>Projector blanked</source>
        <translation>Proyector oscurecido</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/main_window.py" line="396"/>
        <source>Opened {path}</source>
        <translation>Se abrió {path}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/main_window.py" line="461"/>
        <source>Projector frozen</source>
        <translation>Proyector congelado</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/main_window.py" line="489"/>
        <source>Worksheet zoom {zoom}</source>
        <translation>Zoom de las hojas de trabajo {zoom}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/main_window.py" line="508"/>
        <location filename="../../facilitator/ui/shell/main_window.py" line="532"/>
        <source>Saved {time}</source>
        <translation>Guardado {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/main_window.py" line="529"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <location filename="../../facilitator/ui/shell/main_window.py" line="41"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/main_window.py" line="41"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/main_window.py" line="42"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/main_window.py" line="42"/>
        <source>&amp;Meeting</source>
        <translation>&amp;Reunión</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/main_window.py" line="43"/>
        <source>&amp;Actions</source>
        <translation>A&amp;cciones</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/main_window.py" line="43"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../facilitator/ui/kit/notice_banner.py" line="16"/>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/notice_banner.py" line="24"/>
        <source>Notice text</source>
        <translation>Texto del aviso</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/notice_banner.py" line="26"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/notice_banner.py" line="27"/>
        <source>Dismiss the notice</source>
        <translation>Descartar el aviso</translation>
    </message>
</context>
<context>
    <name>SaveError</name>
    <message>
        <location filename="../../facilitator/ui/kit/save_error_bar.py" line="39"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/save_error_bar.py" line="45"/>
        <source>Why the last change was not saved</source>
        <translation>Por qué no se guardó el último cambio</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/save_error_bar.py" line="47"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/save_error_bar.py" line="48"/>
        <source>Retry saving</source>
        <translation>Reintentar el guardado</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/save_error_bar.py" line="49"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/save_error_bar.py" line="50"/>
        <source>Give up the unsaved changes</source>
        <translation>Renunciar a los cambios no guardados</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../facilitator/ui/shell/start_page.py" line="69"/>
        <location filename="../../facilitator/ui/shell/start_page.py" line="71"/>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/start_page.py" line="74"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/start_page.py" line="80"/>
        <source>New workshop</source>
        <translation>Nuevo taller</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/start_page.py" line="85"/>
        <source>(the template&apos;s title)</source>
        <translation>(el título de la plantilla)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/start_page.py" line="89"/>
        <source>HH:MM (24-hour)</source>
        <translation>HH:MM (24 horas)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/start_page.py" line="93"/>
        <source>One per line: Name, role, school</source>
        <translation>Uno por línea: nombre, función, escuela</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/start_page.py" line="97"/>
        <source>&amp;Template</source>
        <translation>&amp;Plantilla</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/start_page.py" line="98"/>
        <source>T&amp;itle</source>
        <translation>Tít&amp;ulo</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/start_page.py" line="99"/>
        <source>&amp;Date</source>
        <translation>Fec&amp;ha</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/start_page.py" line="100"/>
        <source>&amp;Start time</source>
        <translation>Hora de &amp;inicio</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/start_page.py" line="101"/>
        <source>&amp;Location</source>
        <translation>Lu&amp;gar</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/start_page.py" line="102"/>
        <source>&amp;Participants</source>
        <translation>Participa&amp;ntes</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/start_page.py" line="118"/>
        <source>&amp;Create workshop…</source>
        <translation>&amp;Crear taller…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/start_page.py" line="129"/>
        <source>&amp;Open a workshop file…</source>
        <translation>Abrir un archivo de &amp;taller…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/start_page.py" line="114"/>
        <source>Templates that could not be loaded</source>
        <translation>Plantillas que no se pudieron cargar</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/start_page.py" line="119"/>
        <source>Create workshop</source>
        <translation>Crear taller</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/start_page.py" line="130"/>
        <source>Open a workshop file</source>
        <translation>Abrir un archivo de taller</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/start_page.py" line="132"/>
        <source>Open the demo wor&amp;kshop</source>
        <translation>Abrir el taller de &amp;demostración</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/start_page.py" line="133"/>
        <source>Open the demo workshop</source>
        <translation>Abrir el taller de demostración</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/start_page.py" line="135"/>
        <source>&amp;Recent workshops</source>
        <translation>Talleres &amp;recientes</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/start_page.py" line="136"/>
        <location filename="../../facilitator/ui/shell/start_page.py" line="138"/>
        <source>Recent workshops</source>
        <translation>Talleres recientes</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="34"/>
        <source>&amp;New workshop…</source>
        <translation>&amp;Nuevo taller…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="35"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="36"/>
        <source>Open the &amp;demo workshop</source>
        <translation>Abrir el taller de &amp;demostración</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="37"/>
        <source>Save &amp;as…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="38"/>
        <source>&amp;Close workshop</source>
        <translation>&amp;Cerrar taller</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="40"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="41"/>
        <source>&amp;Start / pause timer</source>
        <translation>&amp;Iniciar / pausar el temporizador</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="43"/>
        <source>&amp;Previous item</source>
        <translation>Punto &amp;anterior</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="45"/>
        <source>&amp;Next item</source>
        <translation>Punto &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="47"/>
        <source>+1 &amp;minute</source>
        <translation>+1 &amp;minuto</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="49"/>
        <source>−1 m&amp;inute</source>
        <translation>−1 m&amp;inuto</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="51"/>
        <source>&amp;Rebalance remaining time…</source>
        <translation>&amp;Reequilibrar el tiempo restante…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="53"/>
        <source>Assign sub&amp;groups…</source>
        <translation>Asignar sub&amp;grupos…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="55"/>
        <source>&amp;Present on the projector</source>
        <translation>&amp;Presentar en el proyector</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="57"/>
        <source>&amp;Stop presenting</source>
        <translation>&amp;Dejar de presentar</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="58"/>
        <source>&amp;Blank the projector</source>
        <translation>&amp;Oscurecer el proyector</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="60"/>
        <source>&amp;Freeze the projector</source>
        <translation>&amp;Congelar el proyector</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="62"/>
        <source>Next page on the projector</source>
        <translation>Página siguiente en el proyector</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="64"/>
        <source>Previous page on the projector</source>
        <translation>Página anterior en el proyector</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="66"/>
        <source>Zoom &amp;in (worksheets)</source>
        <translation>&amp;Ampliar (hojas de trabajo)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="68"/>
        <source>Zoom &amp;out (worksheets)</source>
        <translation>&amp;Reducir (hojas de trabajo)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="70"/>
        <source>&amp;Actual size (worksheets)</source>
        <translation>&amp;Tamaño real (hojas de trabajo)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="72"/>
        <source>Larger text on the projector</source>
        <translation>Texto más grande en el proyector</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="74"/>
        <source>Smaller text on the projector</source>
        <translation>Texto más pequeño en el proyector</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="76"/>
        <source>Beep when time is up</source>
        <translation>Pitido cuando se acabe el tiempo</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="77"/>
        <source>Flash the timer when time is up</source>
        <translation>Hacer parpadear el temporizador cuando se acabe el tiempo</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="82"/>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="82"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="83"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="84"/>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="280"/>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="85"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="86"/>
        <source>−1 min</source>
        <translation>−1 min</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="87"/>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="88"/>
        <source>Rebalance</source>
        <translation>Reequilibrar</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="89"/>
        <source>Present</source>
        <translation>Presentar</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="90"/>
        <source>Blank</source>
        <translation>Oscurecer</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="91"/>
        <source>Zoom −</source>
        <translation>Zoom −</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="92"/>
        <source>Zoom +</source>
        <translation>Zoom +</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="94"/>
        <source>Start or pause the timer: Ctrl+Space or F9 from anywhere, Space when the agenda or the projector has the focus</source>
        <translation>Iniciar o pausar el temporizador: Ctrl+Espacio o F9 desde cualquier lugar, Espacio cuando la agenda o el proyector tiene el foco</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="97"/>
        <source>Previous agenda item: Ctrl+PgUp (Ctrl+Left outside text boxes)</source>
        <translation>Punto anterior de la agenda: Ctrl+RePág (Ctrl+Izquierda fuera de los cuadros de texto)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="99"/>
        <source>Next agenda item: Ctrl+PgDown (Ctrl+Right outside text boxes)</source>
        <translation>Punto siguiente de la agenda: Ctrl+AvPág (Ctrl+Derecha fuera de los cuadros de texto)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="101"/>
        <source>Blank the projector, or show it again: Ctrl+B (B or . on the projector)</source>
        <translation>Oscurecer el proyector, o volver a mostrarlo: Ctrl+B (B o . en el proyector)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="103"/>
        <source>Stop presenting: Shift+F5 (Esc on the projector)</source>
        <translation>Dejar de presentar: Mayús+F5 (Esc en el proyector)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="104"/>
        <source>Keep a still picture on the projector while you look elsewhere, or show it live again: Ctrl+Shift+F (F on the projector)</source>
        <translation>Mantener una imagen fija en el proyector mientras mira otra cosa, o volver a mostrarlo en vivo: Ctrl+Mayús+F (F en el proyector)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="107"/>
        <source>Next page of the worksheet on the projector: Ctrl+Shift+PgDown (PgDown on the projector); it follows what you edit again when you move to another row, card or action</source>
        <translation>Página siguiente de la hoja en el proyector: Ctrl+Mayús+AvPág (AvPág en el proyector); vuelve a seguir lo que edita cuando pasa a otra fila, tarjeta o acción</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="111"/>
        <source>Previous page on the projector: Ctrl+Shift+PgUp (PgUp on the projector)</source>
        <translation>Página anterior en el proyector: Ctrl+Mayús+RePág (RePág en el proyector)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="171"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="173"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="198"/>
        <source>Present &amp;on…</source>
        <translation>Presentar &amp;en…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="202"/>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="217"/>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="219"/>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="235"/>
        <source>Screen {number}: {name} ({size})</source>
        <translation>Pantalla {number}: {name} ({size})</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="277"/>
        <source>&amp;Pause timer</source>
        <translation>&amp;Pausar el temporizador</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="278"/>
        <source>&amp;Start timer</source>
        <translation>&amp;Iniciar el temporizador</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/window_actions.py" line="279"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
</context>
</TS>
