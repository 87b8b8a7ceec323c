<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/model.py" line="50"/>
        <source>meeting {number}: {status}</source>
        <translation>reunión {number}: {status}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/model.py" line="60"/>
        <source>meeting {number}</source>
        <translation>reunión {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/model.py" line="64"/>
        <source>item {number}: {title}</source>
        <translation>punto {number}: {title}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/model.py" line="66"/>
        <source>item {number}</source>
        <translation>punto {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/model.py" line="70"/>
        <source>the template&apos;s example</source>
        <translation>el ejemplo de la plantilla</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/model.py" line="72"/>
        <source>idea {number}</source>
        <translation>idea {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/model.py" line="74"/>
        <source>card {number}</source>
        <translation>tarjeta {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/model.py" line="95"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/model.py" line="96"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/model.py" line="97"/>
        <source>Deadline</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/model.py" line="98"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/model.py" line="99"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/model.py" line="100"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/model.py" line="101"/>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/model.py" line="102"/>
        <source>Came from</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/model.py" line="246"/>
        <source>{deadline}  (overdue)</source>
        <translation>{deadline}  (vencida)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/model.py" line="259"/>
        <source>Status by meeting: {history}</source>
        <translation>Estado por reunión: {history}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/model.py" line="262"/>
        <source>Overdue: the deadline, {deadline}, has passed</source>
        <translation>Vencida: la fecha límite, {deadline}, ya pasó</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/model.py" line="265"/>
        <source>A date (YYYY-MM-DD) or words, e.g. “Start of next school year”</source>
        <translation>Una fecha (AAAA-MM-DD) o palabras, p. ej., “Inicio del próximo año escolar”</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/model.py" line="281"/>
        <source>Edit {column}</source>
        <translation>Editar {column}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/widget.py" line="63"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/widget.py" line="73"/>
        <source>YYYY-MM-DD, or words like “Start of next school year”</source>
        <translation>AAAA-MM-DD, o palabras como “Inicio del próximo año escolar”</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/widget.py" line="100"/>
        <source>a participant, or e.g. {example}</source>
        <translation>un participante, o p. ej., {example}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/widget.py" line="102"/>
        <source>a participant, or a name or role</source>
        <translation>un participante, o un nombre o función</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/widget.py" line="167"/>
        <source>Sort by deadline</source>
        <translation>Ordenar por fecha límite</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/widget.py" line="199"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/widget.py" line="201"/>
        <source>Show actions of owner</source>
        <translation>Mostrar las acciones del responsable</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/widget.py" line="202"/>
        <source>Only this person&apos;s actions are listed</source>
        <translation>Solo se muestran las acciones de esta persona</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/widget.py" line="205"/>
        <source>S&amp;tatus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/widget.py" line="207"/>
        <source>Show actions with status</source>
        <translation>Mostrar las acciones con el estado</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/widget.py" line="208"/>
        <source>Only the actions with this status are listed</source>
        <translation>Solo se muestran las acciones con este estado</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/widget.py" line="210"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/widget.py" line="211"/>
        <source>Open (not completed or abandoned)</source>
        <translation>Abiertas (ni completadas ni abandonadas)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/widget.py" line="212"/>
        <source>Closed (completed or abandoned)</source>
        <translation>Cerradas (completadas o abandonadas)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/widget.py" line="216"/>
        <source>Sort actions by deadline</source>
        <translation>Ordenar las acciones por fecha límite</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/widget.py" line="217"/>
        <source>Earliest deadline first; undated actions last</source>
        <translation>Primero la fecha límite más próxima; las acciones sin fecha al final</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/widget.py" line="233"/>
        <source>New action, e.g. {example}</source>
        <translation>Nueva acción, p. ej., {example}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/widget.py" line="234"/>
        <source>New action: what will be done?</source>
        <translation>Nueva acción: ¿qué se hará?</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/widget.py" line="235"/>
        <source>New action in {worksheet}</source>
        <translation>Nueva acción en {worksheet}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/widget.py" line="239"/>
        <source>Add action</source>
        <translation>Agregar acción</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/widget.py" line="240"/>
        <source>Add action to {worksheet}</source>
        <translation>Agregar la acción a {worksheet}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/widget.py" line="242"/>
        <source>Add the action typed on the left (Enter)</source>
        <translation>Agregar la acción escrita a la izquierda (Intro)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/widget.py" line="244"/>
        <location filename="../../facilitator/ui/worksheets/actions/widget.py" line="250"/>
        <source>Remove action</source>
        <translation>Quitar acción</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/widget.py" line="245"/>
        <source>Remove the selected action from {worksheet}</source>
        <translation>Quitar la acción seleccionada de {worksheet}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/widget.py" line="247"/>
        <source>Remove the selected action (Ctrl+Delete); Ctrl+Z brings it back</source>
        <translation>Quitar la acción seleccionada (Ctrl+Supr); Ctrl+Z la recupera</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/widget.py" line="265"/>
        <source>Example: {text}</source>
        <translation>Ejemplo: {text}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/widget.py" line="267"/>
        <source>owner: {owner}</source>
        <translation>responsable: {owner}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/widget.py" line="269"/>
        <source>deadline: {deadline}</source>
        <translation>fecha límite: {deadline}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/widget.py" line="272"/>
        <source>status: {status}</source>
        <translation>estado: {status}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/widget.py" line="360"/>
        <source>{shown} of {total} actions</source>
        <translation>{shown} de {total} acciones</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/widget.py" line="362"/>
        <source>{count} action</source>
        <translation>{count} acción</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/widget.py" line="363"/>
        <source>{count} actions</source>
        <translation>{count} acciones</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/widget.py" line="364"/>
        <source> · {count} overdue</source>
        <translation> · {count} vencidas</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/widget.py" line="377"/>
        <source>Since last time: {count} action still open from earlier meetings. Confirm progress and update each status.</source>
        <translation>Desde la última vez: {count} acción sigue abierta de reuniones anteriores. Confirme el avance y actualice su estado.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/widget.py" line="379"/>
        <source>Since last time: {count} actions still open from earlier meetings. Confirm progress and update each status.</source>
        <translation>Desde la última vez: {count} acciones siguen abiertas de reuniones anteriores. Confirme el avance y actualice cada estado.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/widget.py" line="436"/>
        <source>Since last time: actions to review</source>
        <translation>Desde la última vez: acciones para revisar</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/widget.py" line="439"/>
        <source>Since last time</source>
        <translation>Desde la última vez</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/widget.py" line="441"/>
        <source>{count} action carried over from earlier meetings. Confirm progress on each and update its status; look for ways to speed up anything behind schedule.</source>
        <translation>{count} acción traída de reuniones anteriores. Confirme el avance y actualice su estado; busque maneras de acelerar lo que esté atrasado.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/widget.py" line="444"/>
        <source>{count} actions carried over from earlier meetings. Confirm progress on each and update its status; look for ways to speed up anything behind schedule.</source>
        <translation>{count} acciones traídas de reuniones anteriores. Confirme el avance de cada una y actualice su estado; busque maneras de acelerar lo que esté atrasado.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../facilitator/ui/shell/backups_menu.py" line="52"/>
        <source>Backup not made: {error}</source>
        <translation>No se hizo la copia de seguridad: {error}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/backups_menu.py" line="61"/>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/backups_menu.py" line="65"/>
        <source>Backups of {workshop}, newest first. Restoring replaces the workshop with the backup you pick; the current file is kept as a backup too.</source>
        <translation>Copias de seguridad de {workshop}, la más reciente primero. Restaurar reemplaza el taller por la copia que elija; el archivo actual también se guarda como copia.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/backups_menu.py" line="68"/>
        <source>There are no backups of {workshop} yet: one is made when a workshop opens, then every 10 minutes while it is edited.</source>
        <translation>Todavía no hay copias de seguridad de {workshop}: se hace una al abrir un taller y luego cada 10 minutos mientras se edita.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/backups_menu.py" line="75"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/backups_menu.py" line="83"/>
        <source>Folder: {folder}</source>
        <translation>Carpeta: {folder}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/backups_menu.py" line="91"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/backups_menu.py" line="130"/>
        <source>Could not restore {workshop}: {error}</source>
        <translation>No se pudo restaurar {workshop}: {error}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/backups_menu.py" line="134"/>
        <source>Restored {workshop} from its backup; the file it replaced is kept as {kept}</source>
        <translation>Se restauró {workshop} desde su copia de seguridad; el archivo reemplazado se guarda como {kept}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/backups_menu.py" line="141"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../facilitator/ui/shell/actions_menu.py" line="256"/>
        <source>Language of the export</source>
        <translation>Idioma de la exportación</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/actions_menu.py" line="257"/>
        <source>Headings, labels, dates and the template&apos;s text; what the room typed is exported as typed</source>
        <translation>Encabezados, etiquetas, fechas y el texto de la plantilla; lo que escribió el grupo se exporta tal como se escribió</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/actions_menu.py" line="269"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>Grid</name>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/card.py" line="92"/>
        <source>Example: {card}</source>
        <translation>Ejemplo: {card}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/card.py" line="96"/>
        <source>EXAMPLE</source>
        <translation>EJEMPLO</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/card.py" line="140"/>
        <source>Proposed: {action}</source>
        <translation>Propuesta: {action}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/commands.py" line="74"/>
        <source>Move “{card}”</source>
        <translation>Mover “{card}”</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/commands.py" line="75"/>
        <source>Place “{card}”</source>
        <translation>Colocar “{card}”</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/commands.py" line="122"/>
        <source>Return “{card}” to the tray</source>
        <translation>Devolver “{card}” a la bandeja</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/commands.py" line="171"/>
        <source>Show examples</source>
        <translation>Mostrar ejemplos</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/commands.py" line="172"/>
        <location filename="../../facilitator/ui/worksheets/grid/widget.py" line="265"/>
        <location filename="../../facilitator/ui/worksheets/grid/widget.py" line="335"/>
        <source>Hide examples</source>
        <translation>Ocultar ejemplos</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/commands.py" line="188"/>
        <location filename="../../facilitator/ui/worksheets/grid/widget.py" line="278"/>
        <source>Propose high-priority cards</source>
        <translation>Proponer las tarjetas de alta prioridad</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/commands.py" line="209"/>
        <source>Remove proposal</source>
        <translation>Quitar la propuesta</translation>
    </message>
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
        <location filename="../../facilitator/ui/worksheets/grid/scene.py" line="433"/>
        <source>◀ lower</source>
        <translation>◀ menos</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/scene.py" line="433"/>
        <source>higher ▶</source>
        <translation>más ▶</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/scene.py" line="587"/>
        <source>Return to the tray</source>
        <translation>Devolver a la bandeja</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/tray.py" line="47"/>
        <source>Cards not yet placed</source>
        <translation>Tarjetas sin colocar</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/tray.py" line="48"/>
        <source>Enter places the selected card in the middle of the board; then the arrow keys move it</source>
        <translation>Intro coloca la tarjeta seleccionada en el centro del tablero; luego las flechas la mueven</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/tray.py" line="83"/>
        <source>Category {mark}</source>
        <translation>Categoría {mark}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/widget.py" line="72"/>
        <source>Tab goes from card to card; arrow keys move the selected card, Shift+arrows by bigger steps; Delete returns it to the tray</source>
        <translation>Tab pasa de una tarjeta a otra; las flechas mueven la tarjeta seleccionada, Mayús+flechas en pasos más grandes; Supr la devuelve a la bandeja</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/widget.py" line="102"/>
        <source>{worksheet}: {y} by {x} board</source>
        <translation>{worksheet}: tablero de {y} por {x}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/widget.py" line="221"/>
        <source>Categories: {list}</source>
        <translation>Categorías: {list}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/widget.py" line="225"/>
        <source>&lt;span style=&apos;font-style:italic; border:2px dashed #5A5A5A; padding:0 6px&apos;&gt;EXAMPLE&lt;/span&gt; from the template</source>
        <translation>&lt;span style=&apos;font-style:italic; border:2px dashed #5A5A5A; padding:0 6px&apos;&gt;EJEMPLO&lt;/span&gt; de la plantilla</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/widget.py" line="231"/>
        <source>Dashed, italic cards tagged EXAMPLE are the template&apos;s illustrative placements</source>
        <translation>Las tarjetas en cursiva con borde discontinuo y la etiqueta EJEMPLO son las ubicaciones ilustrativas de la plantilla</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/widget.py" line="243"/>
        <source>Show cards of category</source>
        <translation>Mostrar las tarjetas de la categoría</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/widget.py" line="244"/>
        <source>Other categories fade on the board and leave the tray</source>
        <translation>Las demás categorías se atenúan en el tablero y salen de la bandeja</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/widget.py" line="246"/>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/widget.py" line="251"/>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/widget.py" line="256"/>
        <location filename="../../facilitator/ui/worksheets/grid/widget.py" line="258"/>
        <location filename="../../facilitator/ui/worksheets/grid/widget.py" line="571"/>
        <source>Start from the illustrative prioritization</source>
        <translation>Empezar con la priorización ilustrativa</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/widget.py" line="260"/>
        <source>Place the template&apos;s example initiatives on the board</source>
        <translation>Colocar en el tablero las iniciativas de ejemplo de la plantilla</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/widget.py" line="267"/>
        <source>Hide the template&apos;s example cards on both screens (they keep their places; click again to show them)</source>
        <translation>Ocultar las tarjetas de ejemplo de la plantilla en ambas pantallas (conservan su lugar; haga clic de nuevo para mostrarlas)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/widget.py" line="274"/>
        <source>“{first}” and “{second}”</source>
        <translation>“{first}” y “{second}”</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/widget.py" line="277"/>
        <source>&amp;Propose</source>
        <translation>&amp;Proponer</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/widget.py" line="279"/>
        <source>Add every card in {quadrants} to the proposals, with owner and deadline to fill in</source>
        <translation>Agregar cada tarjeta de {quadrants} a las propuestas, con responsable y fecha límite por completar</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/widget.py" line="286"/>
        <source>Accept the room&apos;s place</source>
        <translation>Aceptar la posición de la sala</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/widget.py" line="287"/>
        <source>Move the selected card to the median of the room&apos;s ratings (one undo step)</source>
        <translation>Mover la tarjeta seleccionada a la mediana de las valoraciones de la sala (un paso para deshacer)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/widget.py" line="291"/>
        <source>Move every rated card to the median of the room&apos;s ratings (one undo step)</source>
        <translation>Mover cada tarjeta valorada a la mediana de las valoraciones de la sala (un paso para deshacer)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/widget.py" line="302"/>
        <source>Remove from proposals</source>
        <translation>Quitar de las propuestas</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/widget.py" line="303"/>
        <location filename="../../facilitator/ui/worksheets/grid/widget.py" line="492"/>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/widget.py" line="304"/>
        <source>Remove the card&apos;s proposal</source>
        <translation>Quitar la propuesta de la tarjeta</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/widget.py" line="305"/>
        <source>Keep the card&apos;s proposal</source>
        <translation>Conservar la propuesta de la tarjeta</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/widget.py" line="333"/>
        <source>Show examples ({count})</source>
        <translation>Mostrar ejemplos ({count})</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/widget.py" line="336"/>
        <source>Show the example cards</source>
        <translation>Mostrar las tarjetas de ejemplo</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/widget.py" line="338"/>
        <source>Hide the example cards</source>
        <translation>Ocultar las tarjetas de ejemplo</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/widget.py" line="371"/>
        <source>Accept all rated ({n})</source>
        <translation>Aceptar todas las valoradas ({n})</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/widget.py" line="384"/>
        <source>Accept the room&apos;s place for “{card}”</source>
        <translation>Aceptar la posición de la sala para «{card}»</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/widget.py" line="389"/>
        <source>Accept the room&apos;s places</source>
        <translation>Aceptar las posiciones de la sala</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/widget.py" line="453"/>
        <source>&amp;Not yet placed ({count}): drag a card onto the board, or select it and press Enter</source>
        <translation>&amp;Sin colocar ({count}): arrastre una tarjeta al tablero, o selecciónela y pulse Intro</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/widget.py" line="476"/>
        <source>“{card}” is no longer in “{first}” or “{second}”, but it is still in the proposals as “{category}”. Remove it from the proposals?</source>
        <translation>“{card}” ya no está en “{first}” ni en “{second}”, pero sigue en las propuestas como “{category}”. ¿Quitarla de las propuestas?</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/widget.py" line="483"/>
        <source>Proposal “{card}” is now “{category}”.</source>
        <translation>La propuesta “{card}” ahora es “{category}”.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/widget.py" line="492"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/widget.py" line="556"/>
        <source>{card} ({category}): {quadrant}, {x_label} {x}%, {y_label} {y}%</source>
        <translation>{card} ({category}): {quadrant}, {x_label} {x} %, {y_label} {y} %</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/widget.py" line="564"/>
        <source>; the room ({n} rated): impact {i:g}, ease {e:g}</source>
        <translation>; la sala ({n} valoraciones): impacto {i:g}, facilidad {e:g}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/widget.py" line="588"/>
        <source>Nothing new to propose: no card is in “{first}” or “{second}” yet.</source>
        <translation>Nada nuevo que proponer: todavía no hay tarjetas en “{first}” ni en “{second}”.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/widget.py" line="592"/>
        <source>Every high-priority card is already in the proposals.</source>
        <translation>Todas las tarjetas de alta prioridad ya están en las propuestas.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/widget.py" line="596"/>
        <source>{count} proposal added</source>
        <translation>Se agregó {count} propuesta</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/widget.py" line="597"/>
        <source>{count} proposals added</source>
        <translation>Se agregaron {count} propuestas</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/widget.py" line="598"/>
        <source>No new proposal</source>
        <translation>Ninguna propuesta nueva</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/widget.py" line="600"/>
        <source>; {count} moved to a new category</source>
        <translation>; {count} pasaron a otra categoría</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/widget.py" line="601"/>
        <source>. Fill in owners and deadlines in the proposals table.</source>
        <translation>. Complete los responsables y las fechas límite en la tabla de propuestas.</translation>
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
        <location filename="../../facilitator/ui/worksheets/grid/scene.py" line="428"/>
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
        <location filename="../../facilitator/ui/worksheets/grid/scene.py" line="428"/>
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
    <name>GridSpread</name>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/spread.py" line="43"/>
        <source>{n} rated</source>
        <translation>{n} valoraciones</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/grid/spread.py" line="48"/>
        <source>Crosses: where the room&apos;s ratings put each card</source>
        <translation>Cruces: dónde sitúan las valoraciones de la sala cada tarjeta</translation>
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
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="213"/>
        <source>Folder for the handouts</source>
        <translation>Carpeta para los documentos</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="214"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="215"/>
        <source>Choose the folder</source>
        <translation>Elegir la carpeta</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="222"/>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="223"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="224"/>
        <source>Save in:</source>
        <translation>Guardar en:</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="227"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="231"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="234"/>
        <source>Handouts written</source>
        <translation>Documentos escritos</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="237"/>
        <source>&amp;Open to preview</source>
        <translation>&amp;Abrir para ver</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="239"/>
        <source>Open the selected handout to preview it</source>
        <translation>Abrir el documento seleccionado para verlo</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="241"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="242"/>
        <source>Print the selected handout</source>
        <translation>Imprimir el documento seleccionado</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="244"/>
        <source>Show &amp;folder</source>
        <translation>Mostrar la &amp;carpeta</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="246"/>
        <source>Show the folder with the handouts</source>
        <translation>Mostrar la carpeta con los documentos</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="255"/>
        <source>&amp;Write handouts</source>
        <translation>&amp;Escribir documentos</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="257"/>
        <source>Write the handouts</source>
        <translation>Escribir los documentos</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="260"/>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="356"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="292"/>
        <source>Save the handouts in</source>
        <translation>Guardar los documentos en</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="306"/>
        <source>Choose a folder for the handouts.</source>
        <translation>Elija una carpeta para los documentos.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="326"/>
        <source>Writing handouts…</source>
        <translation>Escribiendo documentos…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="327"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="346"/>
        <source>Writing {name} ({number} of {total})…</source>
        <translation>Escribiendo {name} ({number} de {total})…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="373"/>
        <source>1 handout written to {folder}.</source>
        <translation>1 documento escrito en {folder}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="374"/>
        <source>{count} handouts written to {folder}.</source>
        <translation>{count} documentos escritos en {folder}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="379"/>
        <source>Handouts written; {note}</source>
        <translation>Documentos escritos; {note}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="382"/>
        <source>Open one to preview it, or print it.</source>
        <translation>Abra uno para verlo, o imprímalo.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="385"/>
        <source>Handouts written to {folder}</source>
        <translation>Documentos escritos en {folder}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="395"/>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="413"/>
        <source>No PDF viewer opened {name}; open it from the folder.</source>
        <translation>Ningún visor de PDF abrió {name}; ábralo desde la carpeta.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="424"/>
        <source>Sent {name} to the default printer.</source>
        <translation>{name} se envió a la impresora predeterminada.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="430"/>
        <source>{name} is open in your PDF viewer: print it from there (Ctrl+P).</source>
        <translation>{name} está abierto en su visor de PDF: imprímalo desde allí (Ctrl+P).</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="441"/>
        <source>Open a workshop first.</source>
        <translation>Primero abra un taller.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="452"/>
        <source>&amp;Handouts…</source>
        <translation>&amp;Documentos impresos…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/handouts_dialog.py" line="456"/>
        <source>Print participant packets, the facilitator guide and summaries</source>
        <translation>Imprimir cuadernillos de participantes, la guía del facilitador y resúmenes</translation>
    </message>
</context>
<context>
    <name>Ideas</name>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/results.py" line="29"/>
        <source>Dot-vote results, most votes first</source>
        <translation>Resultados de la votación con puntos, primero las más votadas</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/results.py" line="33"/>
        <source>Votes so far</source>
        <translation>Votos hasta ahora</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/results.py" line="64"/>
        <source>{card}: {count} vote</source>
        <translation>{card}: {count} voto</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/results.py" line="65"/>
        <source>{card}: {count} votes</source>
        <translation>{card}: {count} votos</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/tally_model.py" line="28"/>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/tally_model.py" line="28"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/tally_model.py" line="29"/>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/tally_model.py" line="112"/>
        <source>Votes: &apos;{text}&apos; is not a whole number (0 or more)</source>
        <translation>Votos: &apos;{text}&apos; no es un número entero (0 o más)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/tally_model.py" line="120"/>
        <location filename="../../facilitator/ui/worksheets/ideas/widget.py" line="484"/>
        <source>Record votes</source>
        <translation>Registrar votos</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/widget.py" line="69"/>
        <source>a participant</source>
        <translation>un participante</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/widget.py" line="70"/>
        <source>the wall (counted)</source>
        <translation>la pared (contados)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/widget.py" line="117"/>
        <source>Cards: {place}</source>
        <translation>Tarjetas: {place}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/widget.py" line="118"/>
        <source>F2 edits the card; + or - adds or takes a vote; Space: consider exploring further; Alt+arrows move it to another lane or category; Delete removes it</source>
        <translation>F2 edita la tarjeta; + o - agrega o quita un voto; Espacio: considerar explorar más a fondo; Alt+flechas la mueven a otro carril o categoría; Supr la elimina</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/widget.py" line="187"/>
        <source>Dot-vote tally: {worksheet}</source>
        <translation>Conteo de votos con puntos: {worksheet}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/widget.py" line="192"/>
        <source>Dot-vote tally: type each card&apos;s votes, Enter for the next</source>
        <translation>Conteo de votos con puntos: escriba los votos de cada tarjeta, Intro para la siguiente</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/widget.py" line="207"/>
        <location filename="../../facilitator/ui/worksheets/ideas/widget.py" line="540"/>
        <source>Captured from</source>
        <translation>Aportada por</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/widget.py" line="208"/>
        <source>Who said the next cards added</source>
        <translation>Quién dijo las próximas tarjetas agregadas</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/widget.py" line="211"/>
        <source>Votes per person</source>
        <translation>Votos por persona</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/widget.py" line="212"/>
        <source>Dots each person may place (0: no dot voting)</source>
        <translation>Puntos que cada persona puede poner (0: sin votación con puntos)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/widget.py" line="216"/>
        <source>Votes from</source>
        <translation>Votos de</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/widget.py" line="217"/>
        <source>Whose dots + and - give and take back (each person has the votes per person); “the wall” for counts read off the wall</source>
        <translation>De quién son los puntos que + y - dan y quitan (cada persona tiene los votos por persona); “la pared” para conteos leídos de la pared</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/widget.py" line="221"/>
        <source>Votes from:</source>
        <translation>Votos de:</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/widget.py" line="229"/>
        <source>Captured from:</source>
        <translation>Aportada por:</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/widget.py" line="234"/>
        <source>Votes per person:</source>
        <translation>Votos por persona:</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/widget.py" line="240"/>
        <source>+1 vote</source>
        <translation>+1 voto</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/widget.py" line="241"/>
        <source>Add a vote to the selected card (+)</source>
        <translation>Agregar un voto a la tarjeta seleccionada (+)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/widget.py" line="242"/>
        <source>-1 vote</source>
        <translation>-1 voto</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/widget.py" line="243"/>
        <source>Take a vote from the selected card (-)</source>
        <translation>Quitar un voto a la tarjeta seleccionada (-)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/widget.py" line="283"/>
        <source>Add a card… (Enter)</source>
        <translation>Agregar una tarjeta… (Intro)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/widget.py" line="285"/>
        <source>Add a card to {place}</source>
        <translation>Agregar una tarjeta a {place}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/widget.py" line="287"/>
        <source>Enter adds the card; Esc goes to the cards</source>
        <translation>Intro agrega la tarjeta; Esc va a las tarjetas</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/widget.py" line="391"/>
        <source>Ticked: consider exploring further (goes to the grid)</source>
        <translation>Marcada: considerar explorar más a fondo (pasa a la cuadrícula)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/widget.py" line="401"/>
        <source>{per_person} votes per person · {recorded} of {total} votes recorded</source>
        <translation>{per_person} votos por persona · {recorded} de {total} votos registrados</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/widget.py" line="406"/>
        <source> · {voter}: {count} left</source>
        <translation> · {voter}: le quedan {count}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/widget.py" line="465"/>
        <source>Mark for exploring</source>
        <translation>Marcar para explorar</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/widget.py" line="466"/>
        <source>Edit card</source>
        <translation>Editar tarjeta</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/widget.py" line="490"/>
        <source>Select a card first, then click +1 vote</source>
        <translation>Primero seleccione una tarjeta y luego haga clic en +1 voto</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/widget.py" line="497"/>
        <source>Move card</source>
        <translation>Mover tarjeta</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/widget.py" line="523"/>
        <source>Edit text (F2)</source>
        <translation>Editar el texto (F2)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/widget.py" line="525"/>
        <source>Add a vote (+)</source>
        <translation>Agregar un voto (+)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/widget.py" line="526"/>
        <source>Take a vote away (-)</source>
        <translation>Quitar un voto (-)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/widget.py" line="528"/>
        <source>Consider exploring further (Space)</source>
        <translation>Considerar explorar más a fondo (Espacio)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/widget.py" line="533"/>
        <source>Move to</source>
        <translation>Mover a</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/widget.py" line="546"/>
        <source>Delete card (Delete)</source>
        <translation>Eliminar tarjeta (Supr)</translation>
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
        <location filename="../../facilitator/ui/shell/main_window.py" line="39"/>
        <source>Workshops (*.workshop);;All files (*)</source>
        <translation>Talleres (*.workshop);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/main_window.py" line="128"/>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/main_window.py" line="129"/>
        <source>Opening</source>
        <translation>Abriendo</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/main_window.py" line="140"/>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/main_window.py" line="142"/>
        <location filename="../../facilitator/ui/shell/main_window.py" line="144"/>
        <location filename="../../facilitator/ui/shell/main_window.py" line="498"/>
        <source>Projector blanked</source>
        <translation>Proyector oscurecido</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/main_window.py" line="258"/>
        <source>Start a new workshop, open one, or try the demo.</source>
        <translation>Empiece un taller nuevo, abra uno o pruebe la demostración.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/main_window.py" line="279"/>
        <source>Open a workshop</source>
        <translation>Abrir un taller</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/main_window.py" line="294"/>
        <source>Opening {path}…</source>
        <translation>Abriendo {path}…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/main_window.py" line="305"/>
        <source>open for editing elsewhere</source>
        <translation>abierto para edición en otro lugar</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/main_window.py" line="311"/>
        <source>Could not open {workshop}: {error}</source>
        <translation>No se pudo abrir {workshop}: {error}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/main_window.py" line="328"/>
        <source>Could not show {workshop}: {error}</source>
        <translation>No se pudo mostrar {workshop}: {error}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/main_window.py" line="355"/>
        <source>Save the new workshop as</source>
        <translation>Guardar el taller nuevo como</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/main_window.py" line="374"/>
        <source>Could not create {workshop}: {error}</source>
        <translation>No se pudo crear {workshop}: {error}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/main_window.py" line="389"/>
        <source>Could not make the demo workshop: {error}</source>
        <translation>No se pudo crear el taller de demostración: {error}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/main_window.py" line="428"/>
        <source>Opened {path}</source>
        <translation>Se abrió {path}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/main_window.py" line="499"/>
        <source>Projector frozen</source>
        <translation>Proyector congelado</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/main_window.py" line="527"/>
        <source>Worksheet zoom {zoom}</source>
        <translation>Zoom de las hojas de trabajo {zoom}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/main_window.py" line="546"/>
        <location filename="../../facilitator/ui/shell/main_window.py" line="570"/>
        <source>Saved {time}</source>
        <translation>Guardado {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/main_window.py" line="567"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/main_window.py" line="585"/>
        <source> (read-only)</source>
        <translation> (solo lectura)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/app.py" line="112"/>
        <source>Could not start: {error}</source>
        <translation>No se pudo iniciar: {error}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/save_as.py" line="26"/>
        <source>Save the workshop as</source>
        <translation>Guardar el taller como</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/save_as.py" line="27"/>
        <source>Workshops (*.workshop)</source>
        <translation>Talleres (*.workshop)</translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <location filename="../../facilitator/ui/shell/actions_menu.py" line="37"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/actions_menu.py" line="38"/>
        <source>Action list, CSV (*.csv)</source>
        <translation>Lista de acciones, CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/actions_menu.py" line="39"/>
        <source>Action deadlines, calendar (*.ics)</source>
        <translation>Fechas límite de las acciones, calendario (*.ics)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/actions_menu.py" line="40"/>
        <source>Session summary, Markdown (*.md)</source>
        <translation>Resumen de la sesión, Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/actions_menu.py" line="41"/>
        <source>All data, JSON (*.json)</source>
        <translation>Todos los datos, JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/actions_menu.py" line="50"/>
        <source>Open a workshop first.</source>
        <translation>Primero abra un taller.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/actions_menu.py" line="73"/>
        <source>Could not export: {error}</source>
        <translation>No se pudo exportar: {error}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/actions_menu.py" line="76"/>
        <location filename="../../facilitator/ui/shell/actions_menu.py" line="219"/>
        <source>Could not write {path}: {error}</source>
        <translation>No se pudo escribir {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/actions_menu.py" line="79"/>
        <source>Exported to {path}</source>
        <translation>Exportado a {path}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/actions_menu.py" line="93"/>
        <source>Could not start a new meeting: the workshop is not shown.</source>
        <translation>No se pudo empezar una reunión nueva: el taller no está a la vista.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/actions_menu.py" line="102"/>
        <source>New meeting started: open actions from earlier meetings are carried over (Edit &gt; Undo goes back to the meeting before)</source>
        <translation>Nueva reunión iniciada: las acciones abiertas de reuniones anteriores pasan a esta (Editar &gt; Deshacer vuelve a la reunión anterior)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/actions_menu.py" line="112"/>
        <source>This workshop is open read-only: its details cannot be changed.</source>
        <translation>Este taller está abierto en solo lectura: sus datos no se pueden cambiar.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/actions_menu.py" line="140"/>
        <source>Meeting {number} details saved (Edit &gt; Undo puts the old ones back)</source>
        <translation>Datos de la reunión {number} guardados (Editar &gt; Deshacer restaura los anteriores)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/actions_menu.py" line="173"/>
        <source>Participants saved (Edit &gt; Undo puts them back as they were)</source>
        <translation>Participantes guardados (Editar &gt; Deshacer los deja como estaban)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/actions_menu.py" line="189"/>
        <source>Could not make the invitation: {error}</source>
        <translation>No se pudo crear la invitación: {error}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/actions_menu.py" line="193"/>
        <source>Invitation copied: paste it into an e-mail (subject on the first line)</source>
        <translation>Invitación copiada: péguela en un correo electrónico (el asunto en la primera línea)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/actions_menu.py" line="215"/>
        <source>Could not save the calendar invite: {error}</source>
        <translation>No se pudo guardar la invitación de calendario: {error}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/actions_menu.py" line="222"/>
        <source>Calendar invite saved to {path}</source>
        <translation>Invitación de calendario guardada en {path}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/actions_menu.py" line="232"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/actions_menu.py" line="234"/>
        <source>Export format</source>
        <translation>Formato de exportación</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/actions_menu.py" line="238"/>
        <source>What to export</source>
        <translation>Qué exportar</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/actions_menu.py" line="239"/>
        <source>The whole session</source>
        <translation>Toda la sesión</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/actions_menu.py" line="240"/>
        <source>Actions only</source>
        <translation>Solo las acciones</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/actions_menu.py" line="241"/>
        <location filename="../../facilitator/ui/shell/actions_menu.py" line="243"/>
        <source>Replace participant names with their roles</source>
        <translation>Reemplazar los nombres de los participantes por sus funciones</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/actions_menu.py" line="250"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/actions_menu.py" line="251"/>
        <source>&amp;Include:</source>
        <translation>&amp;Incluir:</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/actions_menu.py" line="302"/>
        <location filename="../../facilitator/ui/shell/meeting_commands.py" line="30"/>
        <source>New meeting</source>
        <translation>Nueva reunión</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/actions_menu.py" line="304"/>
        <source>Start meeting</source>
        <translation>Empezar la reunión</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/actions_menu.py" line="321"/>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/actions_menu.py" line="322"/>
        <location filename="../../facilitator/ui/shell/actions_menu.py" line="349"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/actions_menu.py" line="345"/>
        <source>{workshop} invitation</source>
        <translation>Invitación {workshop}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/actions_menu.py" line="347"/>
        <source>Save calendar invite</source>
        <translation>Guardar la invitación de calendario</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/actions_menu.py" line="348"/>
        <source>Calendar (*.ics)</source>
        <translation>Calendario (*.ics)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/actions_menu.py" line="369"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/actions_menu.py" line="370"/>
        <source>Meeting &amp;details…</source>
        <translation>&amp;Datos de la reunión…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/actions_menu.py" line="372"/>
        <source>P&amp;articipants…</source>
        <translation>P&amp;articipantes…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/actions_menu.py" line="374"/>
        <source>New &amp;meeting…</source>
        <translation>Nueva &amp;reunión…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/actions_menu.py" line="376"/>
        <source>&amp;Copy invitation</source>
        <translation>&amp;Copiar la invitación</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/actions_menu.py" line="378"/>
        <source>Save calendar &amp;invite (.ics)…</source>
        <translation>Guardar la &amp;invitación de calendario (.ics)…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/meeting_commands.py" line="39"/>
        <source>New meeting {number}</source>
        <translation>Nueva reunión {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/meeting_commands.py" line="59"/>
        <source>Change meeting details</source>
        <translation>Cambiar los datos de la reunión</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/meeting_details.py" line="55"/>
        <source>The time &apos;{typed}&apos; must be written HH:MM (24-hour), e.g. 15:30.</source>
        <translation>La hora &apos;{typed}&apos; debe escribirse HH:MM (24 horas), p. ej., 15:30.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/meeting_details.py" line="58"/>
        <source>The date &apos;{typed}&apos; does not exist on the calendar.</source>
        <translation>La fecha &apos;{typed}&apos; no existe en el calendario.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/meeting_details.py" line="60"/>
        <source>The date &apos;{typed}&apos; must be written YYYY-MM-DD, e.g. 2026-12-03.</source>
        <translation>La fecha &apos;{typed}&apos; debe escribirse AAAA-MM-DD, p. ej., 2026-12-03.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/meeting_details.py" line="99"/>
        <source>Start time as printed</source>
        <translation>Hora de inicio tal como se imprime</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/meeting_details.py" line="110"/>
        <source>Meeting date</source>
        <translation>Fecha de la reunión</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/meeting_details.py" line="112"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/meeting_details.py" line="116"/>
        <source>Pick the date from a calendar</source>
        <translation>Elegir la fecha en un calendario</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/meeting_details.py" line="117"/>
        <source>Pick the date from a calendar (Alt+Down)</source>
        <translation>Elegir la fecha en un calendario (Alt+Abajo)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/meeting_details.py" line="119"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/meeting_details.py" line="135"/>
        <source>{field} as printed</source>
        <translation>{field} tal como se imprime</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/meeting_details.py" line="168"/>
        <source>HH:MM (24-hour)</source>
        <translation>HH:MM (24 horas)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/meeting_details.py" line="169"/>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/meeting_details.py" line="171"/>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/meeting_details.py" line="175"/>
        <source>Problem with the meeting details</source>
        <translation>Problema con los datos de la reunión</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/meeting_details.py" line="179"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/meeting_details.py" line="182"/>
        <source>&amp;Time:</source>
        <translation>&amp;Hora:</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/meeting_details.py" line="185"/>
        <source>&amp;Location:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/meeting_details.py" line="241"/>
        <source>Meeting {number} details</source>
        <translation>Datos de la reunión {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/meeting_details.py" line="242"/>
        <source>Save details</source>
        <translation>Guardar los datos</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/meeting_details.py" line="243"/>
        <source>Correct the date, start time or place of this meeting. Edit &gt; Undo puts the old details back.</source>
        <translation>Corrija la fecha, la hora de inicio o el lugar de esta reunión. Editar &gt; Deshacer restaura los datos anteriores.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/workshop_language.py" line="26"/>
        <source>Workshop &amp;language</source>
        <translation>Idioma del ta&amp;ller</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/workshop_language.py" line="35"/>
        <source>This workshop is open read-only: its language cannot be changed.</source>
        <translation>Este taller está abierto en modo de solo lectura: no se puede cambiar su idioma.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/workshop_language.py" line="40"/>
        <source>Workshop language</source>
        <translation>Idioma del taller</translation>
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
        <source>&amp;Room</source>
        <translation>&amp;Sala</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/main_window.py" line="44"/>
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
    <name>Participants</name>
    <message>
        <location filename="../../facilitator/ui/shell/participants_dialog.py" line="32"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/participants_dialog.py" line="32"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/participants_dialog.py" line="33"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/participants_dialog.py" line="45"/>
        <source>owns {count} action</source>
        <translation>es responsable de {count} acción</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/participants_dialog.py" line="46"/>
        <source>owns {count} actions</source>
        <translation>es responsable de {count} acciones</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/participants_dialog.py" line="48"/>
        <source>wrote {count} card</source>
        <translation>escribió {count} tarjeta</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/participants_dialog.py" line="49"/>
        <source>wrote {count} cards</source>
        <translation>escribió {count} tarjetas</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/participants_dialog.py" line="52"/>
        <source>has answers in {count} worksheet row</source>
        <translation>tiene respuestas en {count} fila de hoja de trabajo</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/participants_dialog.py" line="53"/>
        <source>has answers in {count} worksheet rows</source>
        <translation>tiene respuestas en {count} filas de hojas de trabajo</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/participants_dialog.py" line="55"/>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/participants_dialog.py" line="64"/>
        <location filename="../../facilitator/ui/shell/participants_dialog.py" line="70"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/participants_dialog.py" line="83"/>
        <source>&amp;Add participant</source>
        <translation>&amp;Agregar participante</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/participants_dialog.py" line="84"/>
        <source>Add participant</source>
        <translation>Agregar participante</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/participants_dialog.py" line="86"/>
        <source>&amp;Remove participant</source>
        <translation>&amp;Quitar participante</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/participants_dialog.py" line="87"/>
        <source>Remove participant</source>
        <translation>Quitar participante</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/participants_dialog.py" line="95"/>
        <source>Participants message</source>
        <translation>Mensaje sobre los participantes</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/participants_dialog.py" line="100"/>
        <source>Save participants</source>
        <translation>Guardar participantes</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/participants_dialog.py" line="137"/>
        <source>Add participant {name}</source>
        <translation>Agregar participante {name}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/participants_dialog.py" line="140"/>
        <source>Remove participant {name}</source>
        <translation>Quitar participante {name}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/participants_dialog.py" line="146"/>
        <source>Rename {old} to {new}</source>
        <translation>Cambiar el nombre de {old} a {new}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/participants_dialog.py" line="148"/>
        <source>Change {name}&apos;s details</source>
        <translation>Cambiar los datos de {name}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/participants_dialog.py" line="149"/>
        <source>Edit participants</source>
        <translation>Editar participantes</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/participants_dialog.py" line="160"/>
        <source>Select the participant to remove first.</source>
        <translation>Primero seleccione el participante que desea quitar.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/participants_dialog.py" line="165"/>
        <source>This participant</source>
        <translation>Este participante</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/participants_dialog.py" line="169"/>
        <source>{reason}, so they stay in the workshop: removing them would lose who did that. You can correct their name, role or organization here instead.</source>
        <translation>{reason}, así que permanece en el taller: quitarlo perdería quién hizo eso. En su lugar, puede corregir aquí su nombre, función u organización.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/participants_dialog.py" line="178"/>
        <source>{name} will be removed when you save (Edit &gt; Undo brings them back).</source>
        <translation>{name} se quitará al guardar (Editar &gt; Deshacer lo recupera).</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/participants_dialog.py" line="185"/>
        <source>Row {number} needs a name.</source>
        <translation>La fila {number} necesita un nombre.</translation>
    </message>
</context>
<context>
    <name>Projector</name>
    <message>
        <location filename="../../facilitator/ui/run/presenter.py" line="60"/>
        <source>{workshop} — projector</source>
        <translation>{workshop} — proyector</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/presenter.py" line="62"/>
        <source>Projector view</source>
        <translation>Vista del proyector</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/presenter.py" line="73"/>
        <source>Projector content</source>
        <translation>Contenido del proyector</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/presenter.py" line="78"/>
        <source>Meeting of the series</source>
        <translation>Reunión de la serie</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/presenter.py" line="79"/>
        <source>Agenda item</source>
        <translation>Punto de la agenda</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/presenter.py" line="83"/>
        <source>Time remaining</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/presenter.py" line="87"/>
        <source>Timer paused</source>
        <translation>Temporizador en pausa</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/presenter.py" line="88"/>
        <location filename="../../facilitator/ui/run/presenter.py" line="191"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/presenter.py" line="96"/>
        <source>Guiding questions</source>
        <translation>Preguntas guía</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/presenter.py" line="97"/>
        <source>Subgroups</source>
        <translation>Subgrupos</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/presenter.py" line="100"/>
        <source>Worksheet (read-only)</source>
        <translation>Hoja de trabajo (solo lectura)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/presenter.py" line="107"/>
        <source>Blank screen</source>
        <translation>Pantalla en negro</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/presenter.py" line="113"/>
        <source>Frozen projector picture</source>
        <translation>Imagen congelada del proyector</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/presenter.py" line="193"/>
        <source>Over time</source>
        <translation>Tiempo excedido</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/presenter.py" line="198"/>
        <source>Timer: {state}</source>
        <translation>Temporizador: {state}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/projected_sheet.py" line="49"/>
        <source>{worksheet}: this worksheet could not be shown (see the log).</source>
        <translation>{worksheet}: no se pudo mostrar esta hoja de trabajo (vea el registro).</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/projected_sheet.py" line="200"/>
        <source>Since last time: {worksheet}</source>
        <translation>Desde la última vez: {worksheet}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/projected_sheet.py" line="240"/>
        <location filename="../../facilitator/ui/run/projected_sheet.py" line="332"/>
        <source>Page {page} of {count}</source>
        <translation>Página {page} de {count}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/projector_preview.py" line="27"/>
        <source>Blanked</source>
        <translation>Oscurecido</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/projector_preview.py" line="28"/>
        <source>Projector blanked: the room sees a black screen. Ctrl+B shows it again.</source>
        <translation>Proyector oscurecido: el grupo ve una pantalla negra. Ctrl+B lo vuelve a mostrar.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/projector_preview.py" line="30"/>
        <source>Frozen</source>
        <translation>Congelado</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/projector_preview.py" line="31"/>
        <source>Projector frozen: the room sees a still picture. Ctrl+Shift+F shows it live again.</source>
        <translation>Proyector congelado: el grupo ve una imagen fija. Ctrl+Mayús+F lo vuelve a mostrar en vivo.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/projector_preview.py" line="41"/>
        <source>Projector preview</source>
        <translation>Vista previa del proyector</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/projector_preview.py" line="47"/>
        <location filename="../../facilitator/ui/run/projector_preview.py" line="49"/>
        <source>On the projector</source>
        <translation>En el proyector</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/projector_preview.py" line="53"/>
        <source>Thumbnail of the projector</source>
        <translation>Miniatura del proyector</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/projector_preview.py" line="60"/>
        <source>Projector state</source>
        <translation>Estado del proyector</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/projected.py" line="39"/>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/projected.py" line="58"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/projected.py" line="59"/>
        <source>Deadline</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/projected.py" line="60"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/projected.py" line="62"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/projected.py" line="63"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/projected.py" line="77"/>
        <source>{count} action carried over from earlier meetings</source>
        <translation>{count} acción traída de reuniones anteriores</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/projected.py" line="79"/>
        <source>{count} actions carried over from earlier meetings</source>
        <translation>{count} acciones traídas de reuniones anteriores</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/projected.py" line="81"/>
        <source> · {count} overdue</source>
        <translation> · {count} vencidas</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/projected.py" line="91"/>
        <source>No actions yet.</source>
        <translation>Todavía no hay acciones.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/projected.py" line="62"/>
        <source>★ explore further</source>
        <translation>★ explorar más a fondo</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/projected.py" line="67"/>
        <source>{count} vote</source>
        <translation>{count} voto</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/projected.py" line="68"/>
        <source>{count} votes</source>
        <translation>{count} votos</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/projected.py" line="165"/>
        <source>Votes so far</source>
        <translation>Votos hasta ahora</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/projected.py" line="133"/>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/projected.py" line="134"/>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/projected.py" line="171"/>
        <source>No cards yet.</source>
        <translation>Todavía no hay tarjetas.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/table/projected.py" line="30"/>
        <source>No participants yet</source>
        <translation>Todavía no hay participantes</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/table/projected.py" line="44"/>
        <source>Worksheet of {name}</source>
        <translation>Hoja de trabajo de {name}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/table/projected.py" line="91"/>
        <source>No rows yet.</source>
        <translation>Todavía no hay filas.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/text/projected.py" line="39"/>
        <source>Notes from the room</source>
        <translation>Notas del grupo</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/themes/projected.py" line="51"/>
        <source>No themes yet.</source>
        <translation>Todavía no hay temas.</translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <location filename="../../facilitator/ui/room/join_card.py" line="19"/>
        <source>Add your ideas and vote from your phone</source>
        <translation>Añada sus ideas y vote desde su teléfono</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/join_card.py" line="21"/>
        <source>Add your ideas from your phone</source>
        <translation>Añada sus ideas desde su teléfono</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/join_card.py" line="23"/>
        <source>Vote with your dots from your phone</source>
        <translation>Vote con sus puntos desde su teléfono</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/join_card.py" line="25"/>
        <source>Fill in your own worksheet from your phone</source>
        <translation>Complete su propia hoja de trabajo desde su teléfono</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/join_card.py" line="26"/>
        <source>Rate the ideas from your phone</source>
        <translation>Valore las ideas desde su teléfono</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/join_card.py" line="34"/>
        <source>How to join from a phone</source>
        <translation>Cómo unirse desde un teléfono</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/join_card.py" line="46"/>
        <location filename="../../facilitator/ui/room/menu.py" line="114"/>
        <source>What phones may do</source>
        <translation>Qué pueden hacer los teléfonos</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/join_card.py" line="47"/>
        <source>Scan the code with your phone&apos;s camera, or open:</source>
        <translation>Escanee el código con la cámara de su teléfono, o abra:</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/join_card.py" line="54"/>
        <location filename="../../facilitator/ui/room/panel.py" line="96"/>
        <source>Join address</source>
        <translation>Dirección para unirse</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/join_card.py" line="55"/>
        <source>Wi-Fi: {name}</source>
        <translation>Wifi: {name}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/menu.py" line="31"/>
        <source>&amp;Open the room…</source>
        <translation>&amp;Abrir la sala…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/menu.py" line="32"/>
        <source>&amp;What phones may do…</source>
        <translation>&amp;Qué pueden hacer los teléfonos…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/menu.py" line="33"/>
        <source>&amp;Close the room</source>
        <translation>&amp;Cerrar la sala</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/menu.py" line="34"/>
        <source>&amp;Show the join code on the projector</source>
        <translation>&amp;Mostrar el código para unirse en el proyector</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/menu.py" line="58"/>
        <source>Show or hide the QR code on the projector: Ctrl+Shift+J (J on the projector)</source>
        <translation>Mostrar u ocultar el código QR en el proyector: Ctrl+Mayús+J (J en el proyector)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/menu.py" line="84"/>
        <source>This workshop is open read-only: phones could not add anything. Use File &gt; Save as… to work on a copy.</source>
        <translation>Este taller está abierto en modo de solo lectura: los teléfonos no podrían añadir nada. Use Archivo &gt; Guardar como… para trabajar en una copia.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/menu.py" line="108"/>
        <source>listening</source>
        <translation>escuchando</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/menu.py" line="115"/>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/menu.py" line="165"/>
        <source>The room did not open: {reason}</source>
        <translation>La sala no se abrió: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/menu.py" line="173"/>
        <source>The room is open: {address}</source>
        <translation>La sala está abierta: {address}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/menu.py" line="191"/>
        <source>The room is closed.</source>
        <translation>La sala está cerrada.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/menu.py" line="219"/>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/menu.py" line="229"/>
        <source>Hide the code on the projector</source>
        <translation>Ocultar el código en el proyector</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/menu.py" line="231"/>
        <source>Show the code on the projector</source>
        <translation>Mostrar el código en el proyector</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/open_dialog.py" line="42"/>
        <location filename="../../facilitator/ui/room/open_dialog.py" line="124"/>
        <source>Open the room</source>
        <translation>Abrir la sala</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/open_dialog.py" line="49"/>
        <source>Phones on the chosen network join with the QR code shown on the projector; the address holds a code made for this session only.</source>
        <translation>Los teléfonos de la red elegida se unen con el código QR que muestra el proyector; la dirección lleva un código creado solo para esta sesión.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/open_dialog.py" line="58"/>
        <source>Network to listen on</source>
        <translation>Red en la que escuchar</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/open_dialog.py" line="60"/>
        <source>{name}: {address}</source>
        <translation>{name}: {address}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/open_dialog.py" line="63"/>
        <source>{name}: {address} (this computer only)</source>
        <translation>{name}: {address} (solo este equipo)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/open_dialog.py" line="67"/>
        <source>Listen on:</source>
        <translation>Escuchar en:</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/open_dialog.py" line="73"/>
        <source>optional, e.g. the laptop&apos;s hotspot</source>
        <translation>opcional, p. ej., el punto de acceso del portátil</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/open_dialog.py" line="74"/>
        <source>Wi-Fi name to show on the projector</source>
        <translation>Nombre de la red wifi que se muestra en el proyector</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/open_dialog.py" line="75"/>
        <source>Wi-Fi name:</source>
        <translation>Red wifi:</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/open_dialog.py" line="79"/>
        <source>Add ideas to “{title}”</source>
        <translation>Añadir ideas a «{title}»</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/open_dialog.py" line="81"/>
        <source>Vote with dots on “{title}”</source>
        <translation>Votar con puntos en «{title}»</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/open_dialog.py" line="84"/>
        <source>Dot voting is off on this brainstorm: set the dots per person first.</source>
        <translation>La votación con puntos está desactivada en esta lluvia de ideas: fije primero los puntos por persona.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/open_dialog.py" line="87"/>
        <source>Rate impact and ease on “{title}”</source>
        <translation>Valorar impacto y facilidad en «{title}»</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/open_dialog.py" line="91"/>
        <source>Fill in their own copy of “{title}”</source>
        <translation>Completar su propia copia de «{title}»</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/open_dialog.py" line="95"/>
        <source>Add participants (Meeting &gt; Participants…): each phone picks its name.</source>
        <translation>Añada participantes (Reunión &gt; Participantes…): cada teléfono elige su nombre.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/open_dialog.py" line="97"/>
        <source>This agenda item has no brainstorm or grid for phones: go to one first.</source>
        <translation>Este punto de la agenda no tiene lluvia de ideas ni cuadrícula para los teléfonos: vaya primero a uno que los tenga.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/open_dialog.py" line="101"/>
        <source>Phones may:</source>
        <translation>Los teléfonos pueden:</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/open_dialog.py" line="109"/>
        <source>Check ideas before the room sees them (they wait for your approval)</source>
        <translation>Revisar las ideas antes de que las vea la sala (esperan su aprobación)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/open_dialog.py" line="115"/>
        <source>Named: each phone picks a name from the participants</source>
        <translation>Con nombre: cada teléfono elige un nombre de la lista de participantes</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/open_dialog.py" line="119"/>
        <source>Add participants (Meeting &gt; Participants…) to name contributions.</source>
        <translation>Añada participantes (Reunión &gt; Participantes…) para poner nombre a las aportaciones.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/panel.py" line="28"/>
        <source>Phones joined: {joined} ({roster} on the roster)</source>
        <translation>Teléfonos unidos: {joined} ({roster} en la lista)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/panel.py" line="31"/>
        <source>Phones joined: {joined}</source>
        <translation>Teléfonos unidos: {joined}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/panel.py" line="34"/>
        <source>{done} of {joined} have added an idea</source>
        <translation>{done} de {joined} han añadido una idea</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/panel.py" line="35"/>
        <source>{done} of {joined} have voted</source>
        <translation>{done} de {joined} han votado</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/panel.py" line="36"/>
        <source>{done} of {joined} have rated</source>
        <translation>{done} de {joined} han valorado</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/panel.py" line="37"/>
        <source>{done} of {joined} have filled a worksheet</source>
        <translation>{done} de {joined} han completado una hoja de trabajo</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/panel.py" line="63"/>
        <source>Phones: item {item}, “{board}” (not on screen)</source>
        <translation>Teléfonos: punto {item}, «{board}» (no está en pantalla)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/panel.py" line="71"/>
        <source>Ideas waiting for approval there: {n}. Go to that item to approve them.</source>
        <translation>Ideas en espera de aprobación allí: {n}. Vaya a ese punto para aprobarlas.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/panel.py" line="83"/>
        <source>The room</source>
        <translation>La sala</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/panel.py" line="90"/>
        <source>The room is open</source>
        <translation>La sala está abierta</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/panel.py" line="104"/>
        <source>Phones joined and contributions</source>
        <translation>Teléfonos unidos y aportaciones</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/panel.py" line="111"/>
        <source>Not on screen</source>
        <translation>Fuera de la pantalla</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/panel.py" line="117"/>
        <source>Close the room</source>
        <translation>Cerrar la sala</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/phone_steps.py" line="30"/>
        <source>Idea from a phone</source>
        <translation>Idea desde un teléfono</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/phone_steps.py" line="32"/>
        <source>Dot from a phone</source>
        <translation>Punto desde un teléfono</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/phone_steps.py" line="34"/>
        <source>Dot taken back on a phone</source>
        <translation>Punto retirado en un teléfono</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/phone_steps.py" line="35"/>
        <source>Rating from a phone</source>
        <translation>Valoración desde un teléfono</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/phone_steps.py" line="85"/>
        <source>“{text}” has dots or is marked to explore now: it stays on the board.</source>
        <translation>«{text}» tiene puntos o está marcada para explorar: se queda en el tablero.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/qr.py" line="39"/>
        <source>QR code of {address}</source>
        <translation>Código QR de {address}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/qr.py" line="40"/>
        <source>QR code</source>
        <translation>Código QR</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room/qt_writer.py" line="186"/>
        <source>Phones&apos; contributions were not saved ({reason}); they will send them again.</source>
        <translation>Las aportaciones de los teléfonos no se guardaron ({reason}); los teléfonos las enviarán de nuevo.</translation>
    </message>
</context>
<context>
    <name>Run</name>
    <message>
        <location filename="../../facilitator/ui/run/agenda_panel.py" line="32"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/agenda_panel.py" line="32"/>
        <location filename="../../facilitator/ui/run/dialogs.py" line="37"/>
        <source>Agenda item</source>
        <translation>Punto de la agenda</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/agenda_panel.py" line="33"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/agenda_panel.py" line="33"/>
        <source>Used</source>
        <translation>Usado</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/agenda_panel.py" line="65"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/agenda_panel.py" line="66"/>
        <source>Agenda items with start time, planned minutes and time used; tick an item when it is done</source>
        <translation>Puntos de la agenda con hora de inicio, minutos previstos y tiempo usado; marque un punto cuando esté terminado</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/agenda_panel.py" line="112"/>
        <location filename="../../facilitator/ui/run/dialogs.py" line="103"/>
        <location filename="../../facilitator/ui/run/dialogs.py" line="111"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/commands.py" line="27"/>
        <source>Assign subgroups</source>
        <translation>Asignar subgrupos</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/dialogs.py" line="29"/>
        <source>(whole room)</source>
        <translation>(todo el grupo)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/dialogs.py" line="37"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/dialogs.py" line="38"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/dialogs.py" line="43"/>
        <source>Rebalance the remaining time</source>
        <translation>Reequilibrar el tiempo restante</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/dialogs.py" line="50"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/dialogs.py" line="51"/>
        <source>Minutes left for the rest of the meeting</source>
        <translation>Minutos que quedan para el resto de la reunión</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/dialogs.py" line="53"/>
        <source>Time left for the rest of the meeting:</source>
        <translation>Tiempo que queda para el resto de la reunión:</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/dialogs.py" line="57"/>
        <source>Planned minutes of each item, before and after</source>
        <translation>Minutos previstos de cada punto, antes y después</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/dialogs.py" line="71"/>
        <source>Rebalance summary</source>
        <translation>Resumen del reequilibrio</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/dialogs.py" line="76"/>
        <location filename="../../facilitator/ui/run/dialogs.py" line="77"/>
        <source>Apply new minutes</source>
        <translation>Aplicar los minutos nuevos</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/dialogs.py" line="79"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/dialogs.py" line="105"/>
        <source>done</source>
        <translation>terminado</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/dialogs.py" line="108"/>
        <source>{before} (under way, {left} left)</source>
        <translation>{before} (en curso, quedan {left})</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/dialogs.py" line="123"/>
        <source>{minutes} min is not enough: each item still to come needs at least a minute ({more} min more). Tick items done to skip them, or give more time.</source>
        <translation>{minutes} min no alcanzan: cada punto pendiente necesita al menos un minuto ({more} min más). Marque puntos como terminados para saltarlos, o dé más tiempo.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/dialogs.py" line="128"/>
        <source>The remaining items already fit: nothing to change.</source>
        <translation>Los puntos restantes ya caben: no hay nada que cambiar.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/dialogs.py" line="131"/>
        <source>The rest of the meeting takes {total} min of the {minutes} min given ({left} min left on the plan).</source>
        <translation>El resto de la reunión ocupa {total} min de los {minutes} min disponibles (quedan {left} min según el plan).</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/dialogs.py" line="142"/>
        <source>Subgroups: {item}</source>
        <translation>Subgrupos: {item}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/dialogs.py" line="144"/>
        <source>Group {number}</source>
        <translation>Grupo {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/dialogs.py" line="147"/>
        <source>Pick a subgroup for each person (or type a new group name).</source>
        <translation>Elija un subgrupo para cada persona (o escriba el nombre de un grupo nuevo).</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/dialogs.py" line="158"/>
        <source>Subgroup for {name}</source>
        <translation>Subgrupo de {name}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/dialogs.py" line="162"/>
        <source>Subgroup name for {name}</source>
        <translation>Nombre del subgrupo de {name}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/dialogs.py" line="167"/>
        <source>This workshop has no participants yet.</source>
        <translation>Este taller todavía no tiene participantes.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/dialogs.py" line="191"/>
        <source>Workshop in use</source>
        <translation>Taller en uso</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/dialogs.py" line="192"/>
        <source>{reason}.

Open it read-only? You can look at it and project it, and use File &gt; Save as… to work on a copy; changes to this file are not saved.</source>
        <translation>{reason}.

¿Abrirlo en solo lectura? Puede verlo y proyectarlo, y usar Archivo &gt; Guardar como… para trabajar en una copia; los cambios en este archivo no se guardan.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/item_view.py" line="35"/>
        <source>This worksheet type is not available in this build.</source>
        <translation>Este tipo de hoja de trabajo no está disponible en esta versión.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/item_view.py" line="39"/>
        <source>This worksheet could not be shown (see the log).</source>
        <translation>No se pudo mostrar esta hoja de trabajo (vea el registro).</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/item_view.py" line="62"/>
        <source>Page Up and Page Down scroll; Tab goes into the worksheets</source>
        <translation>RePág y AvPág desplazan; Tab entra en las hojas de trabajo</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/item_view.py" line="88"/>
        <source>No worksheet for this item.</source>
        <translation>No hay hoja de trabajo para este punto.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/item_view.py" line="89"/>
        <source>No worksheet for this item</source>
        <translation>No hay hoja de trabajo para este punto</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/runner.py" line="178"/>
        <source>+1 minute</source>
        <translation>+1 minuto</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/runner.py" line="179"/>
        <source>−1 minute</source>
        <translation>−1 minuto</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/side_panel.py" line="37"/>
        <location filename="../../facilitator/ui/run/side_panel.py" line="40"/>
        <source>Guiding questions</source>
        <translation>Preguntas guía</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/side_panel.py" line="42"/>
        <source>Facilitator notes (not shown on the projector)</source>
        <translation>Notas del facilitador (no se muestran en el proyector)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/side_panel.py" line="46"/>
        <source>Facilitator notes</source>
        <translation>Notas del facilitador</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/side_panel.py" line="47"/>
        <source>For the facilitator only: never on the projector</source>
        <translation>Solo para el facilitador: nunca en el proyector</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/side_panel.py" line="50"/>
        <location filename="../../facilitator/ui/run/side_panel.py" line="53"/>
        <source>Subgroups</source>
        <translation>Subgrupos</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/side_panel.py" line="55"/>
        <source>Assign subgroups…</source>
        <translation>Asignar subgrupos…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/side_panel.py" line="56"/>
        <source>Assign participants to subgroups</source>
        <translation>Asignar participantes a subgrupos</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/side_panel.py" line="57"/>
        <source>Put participants in subgroups for this item, shown on the projector (Ctrl+G)</source>
        <translation>Poner a los participantes en subgrupos para este punto, que se muestran en el proyector (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/side_panel.py" line="63"/>
        <source>No notes for this item.</source>
        <translation>No hay notas para este punto.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/side_panel.py" line="67"/>
        <source>The whole room works together.</source>
        <translation>Todo el grupo trabaja junto.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/workshop_page.py" line="77"/>
        <source>Read-only notice</source>
        <translation>Aviso de solo lectura</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/workshop_page.py" line="87"/>
        <source>Meeting of the series</source>
        <translation>Reunión de la serie</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/workshop_page.py" line="91"/>
        <source>Current agenda item</source>
        <translation>Punto actual de la agenda</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/workshop_page.py" line="93"/>
        <source>Item position and planned minutes</source>
        <translation>Posición del punto y minutos previstos</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/workshop_page.py" line="94"/>
        <source>Worksheets of the current item</source>
        <translation>Hojas de trabajo del punto actual</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/workshop_page.py" line="143"/>
        <source>Read-only ({reason}): changes are not saved. Use File &gt; Save as… to work on a copy.</source>
        <translation>Solo lectura ({reason}): los cambios no se guardan. Use Archivo &gt; Guardar como… para trabajar en una copia.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/workshop_page.py" line="146"/>
        <source>Read-only: changes are not saved. Use File &gt; Save as… to work on a copy.</source>
        <translation>Solo lectura: los cambios no se guardan. Use Archivo &gt; Guardar como… para trabajar en una copia.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/workshop_page.py" line="164"/>
        <location filename="../../facilitator/ui/run/workshop_page.py" line="197"/>
        <source>Item {number} of {count} · {minutes} min planned</source>
        <translation>Punto {number} de {count} · {minutes} min previstos</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/workshop_page.py" line="223"/>
        <source>Rebalance</source>
        <translation>Reequilibrar</translation>
    </message>
</context>
<context>
    <name>SaveError</name>
    <message>
        <location filename="../../facilitator/ui/kit/save_error_bar.py" line="40"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/save_error_bar.py" line="46"/>
        <source>Why the last change was not saved</source>
        <translation>Por qué no se guardó el último cambio</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/save_error_bar.py" line="48"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/save_error_bar.py" line="49"/>
        <source>Retry saving</source>
        <translation>Reintentar el guardado</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/save_error_bar.py" line="50"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/save_error_bar.py" line="51"/>
        <source>Give up the unsaved changes</source>
        <translation>Renunciar a los cambios no guardados</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/save_error_bar.py" line="106"/>
        <source> ({count} changes waiting)</source>
        <translation> ({count} cambios en espera)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/service_command.py" line="116"/>
        <source>Undo {step}</source>
        <translation>Deshacer {step}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/service_command.py" line="126"/>
        <source>This change could not be saved ({error}).</source>
        <translation>No se pudo guardar este cambio ({error}).</translation>
    </message>
</context>
<context>
    <name>Screening</name>
    <message>
        <location filename="../../facilitator/ui/run/screening_commands.py" line="50"/>
        <source>Approve idea</source>
        <translation>Aprobar idea</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/screening_commands.py" line="56"/>
        <location filename="../../facilitator/ui/run/screening_queue.py" line="91"/>
        <source>Approve all waiting ideas</source>
        <translation>Aprobar todas las ideas en espera</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/screening_commands.py" line="64"/>
        <source>Decline idea</source>
        <translation>Rechazar idea</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/screening_queue.py" line="62"/>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/screening_queue.py" line="63"/>
        <source>Approve: %1</source>
        <translation>Aprobar: %1</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/screening_queue.py" line="65"/>
        <source>Show it on the board and the projector (A)</source>
        <translation>Mostrarla en el tablero y en el proyector (A)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/screening_queue.py" line="67"/>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/screening_queue.py" line="68"/>
        <source>Decline: %1</source>
        <translation>Rechazar: %1</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/screening_queue.py" line="70"/>
        <source>Delete it: the room never sees it (D; Undo brings it back)</source>
        <translation>Eliminarla: la sala nunca la verá (D; Deshacer la recupera)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/screening_queue.py" line="90"/>
        <source>Approve all</source>
        <translation>Aprobar todas</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/screening_queue.py" line="92"/>
        <source>Show every waiting idea on the board and the projector</source>
        <translation>Mostrar todas las ideas en espera en el tablero y en el proyector</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/screening_queue.py" line="107"/>
        <source>Ideas waiting for approval</source>
        <translation>Ideas en espera de aprobación</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/screening_queue.py" line="155"/>
        <source>Waiting for approval (%1)</source>
        <translation>En espera de aprobación (%1)</translation>
    </message>
</context>
<context>
    <name>Service</name>
    <message>
        <location filename="../../facilitator/ui/kit/service_words.py" line="29"/>
        <source>{name} has used all {votes}: take one back before voting again.</source>
        <translation>{name} ya usó todos sus votos ({votes}): retire uno antes de volver a votar.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/service_words.py" line="31"/>
        <source>{name} has only {votes} left.</source>
        <translation>A {name} solo le quedan {votes}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/service_words.py" line="32"/>
        <source>{name} has no vote on this card to take back.</source>
        <translation>{name} no tiene ningún voto en esta tarjeta que retirar.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/service_words.py" line="33"/>
        <source>{name} has already given {votes}: take some back before lowering the limit to {count}.</source>
        <translation>{name} ya dio {votes}: retire algunos antes de bajar el límite a {count}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/service_words.py" line="35"/>
        <source>Over the limit: {people} × {votes} = {room} votes, {others} already on other cards, so at most {left} on this one.</source>
        <translation>Por encima del límite: {people} × {votes} = {room} votos, {others} ya en otras tarjetas, así que como máximo {left} en esta.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/service_words.py" line="37"/>
        <source>{recorded} votes are recorded, more than {count} each for {people} allows ({room}).</source>
        <translation>Hay {recorded} votos registrados, más de lo que permiten {count} por persona para {people} ({room}).</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/service_words.py" line="39"/>
        <source>{votes} on this card were given by name: take them back by name first.</source>
        <translation>En esta tarjeta hay {votes} dados por nombre: retírelos primero por nombre.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/service_words.py" line="41"/>
        <source>Dot voting is off on “{worksheet}”: set the votes per person first.</source>
        <translation>La votación con puntos está desactivada en «{worksheet}»: fije primero los votos por persona.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/service_words.py" line="43"/>
        <source>Dot voting is off on “{worksheet}”.</source>
        <translation>La votación con puntos está desactivada en «{worksheet}».</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/service_words.py" line="44"/>
        <source>This idea is waiting for approval: it takes dots once it is on the board.</source>
        <translation>Esta idea espera aprobación: recibe puntos cuando esté en el tablero.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/service_words.py" line="47"/>
        <source>{column}: &apos;{value}&apos; is not one of: {choices}</source>
        <translation>{column}: «{value}» no es una de estas opciones: {choices}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/service_words.py" line="48"/>
        <source>{column}: &apos;{value}&apos; is not one of the choices</source>
        <translation>{column}: «{value}» no es una de las opciones</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/service_words.py" line="49"/>
        <source>{column}: &apos;{value}&apos; is not a date (YYYY-MM-DD)</source>
        <translation>{column}: «{value}» no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/service_words.py" line="50"/>
        <source>{column}: &apos;{value}&apos; is not a real date</source>
        <translation>{column}: «{value}» no es una fecha que exista</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/service_words.py" line="51"/>
        <source>{column}: &apos;{value}&apos; is not a number</source>
        <translation>{column}: «{value}» no es un número</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/service_words.py" line="52"/>
        <source>{column}: must be a number</source>
        <translation>{column}: debe ser un número</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/service_words.py" line="54"/>
        <source>date &apos;{value}&apos; must be written YYYY-MM-DD, e.g. 2026-12-03</source>
        <translation>la fecha «{value}» debe escribirse AAAA-MM-DD, p. ej. 2026-12-03</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/service_words.py" line="55"/>
        <source>date &apos;{value}&apos; does not exist on the calendar</source>
        <translation>la fecha «{value}» no existe en el calendario</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/service_words.py" line="56"/>
        <source>time &apos;{value}&apos; must be written HH:MM (24-hour), e.g. 15:30</source>
        <translation>la hora «{value}» debe escribirse HH:MM (24 horas), p. ej. 15:30</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/service_words.py" line="58"/>
        <source>Not saved: the disk is full. Free some space, then try again.</source>
        <translation>No guardado: el disco está lleno. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/service_words.py" line="60"/>
        <source>Not saved: the workshop file cannot be written (read-only). Use File &gt; Save as… to keep a copy elsewhere.</source>
        <translation>No guardado: no se puede escribir en el archivo del taller (solo lectura). Use Archivo &gt; Guardar como… para guardar una copia en otro lugar.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/service_words.py" line="62"/>
        <source>Not saved: the disk could not be written (was it removed?). Check it, then try again.</source>
        <translation>No guardado: no se pudo escribir en el disco (¿se retiró?). Revíselo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/service_words.py" line="64"/>
        <source>Not saved: another program is using the workshop file. Close it, then try again.</source>
        <translation>No guardado: otro programa está usando el archivo del taller. Ciérrelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/service_words.py" line="66"/>
        <source>Not saved: the workshop file is damaged. Use File &gt; Restore from a backup… to go back to a good copy.</source>
        <translation>No guardado: el archivo del taller está dañado. Use Archivo &gt; Restaurar desde una copia de seguridad… para volver a una copia en buen estado.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/service_words.py" line="68"/>
        <source>Not saved: the workshop file could not be written ({reason}). Try again.</source>
        <translation>No guardado: no se pudo escribir el archivo del taller ({reason}). Vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/service_words.py" line="70"/>
        <source>Could not read the workshop file: check that its disk is still there, then try again.</source>
        <translation>No se pudo leer el archivo del taller: compruebe que su disco sigue conectado y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/service_words.py" line="72"/>
        <source>{file} is open read-only: changes are not saved. Use File &gt; Save as… to work on a copy.</source>
        <translation>{file} está abierto en modo de solo lectura: los cambios no se guardan. Use Archivo &gt; Guardar como… para trabajar en una copia.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/service_words.py" line="74"/>
        <source>{file} is open read-only: changes are not saved.</source>
        <translation>{file} está abierto en modo de solo lectura: los cambios no se guardan.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/service_words.py" line="76"/>
        <source>{file}: is already open for editing by {holder}; close it there first, or open it read-only</source>
        <translation>{file}: ya está abierto para editar en {holder}; ciérrelo allí primero o ábralo en modo de solo lectura</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/service_words.py" line="78"/>
        <source>{file}: is being opened and closed by another program; try again</source>
        <translation>{file}: otro programa lo está abriendo y cerrando; vuelva a intentarlo</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/service_words.py" line="80"/>
        <source>{file}: is in use by another program (it holds a lock on the file); close that program, or wait a moment, and try again</source>
        <translation>{file}: otro programa lo está usando (tiene el archivo bloqueado); cierre ese programa, o espere un momento, y vuelva a intentarlo</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/service_words.py" line="82"/>
        <source>{file}: cannot be edited because {reason}; it can be opened read-only</source>
        <translation>{file}: no se puede editar porque {reason}; se puede abrir en modo de solo lectura</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/service_words.py" line="84"/>
        <source>{file}: was written by a newer version of Facilitator (file version {version}, this app reads up to {newest}); please update Facilitator</source>
        <translation>{file}: lo escribió una versión más reciente de Facilitator (versión del archivo {version}; esta aplicación lee hasta la {newest}); actualice Facilitator</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/service_words.py" line="87"/>
        <source>{file}: was made by an older version of Facilitator; open it for editing once to upgrade it (a copy of the old file is kept)</source>
        <translation>{file}: lo hizo una versión anterior de Facilitator; ábralo una vez para editar y así actualizarlo (se guarda una copia del archivo anterior)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/service_words.py" line="89"/>
        <source>{file}: the workshop file is damaged: {reason}</source>
        <translation>{file}: el archivo del taller está dañado: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/service_words.py" line="90"/>
        <source>{file}: the workshop file is damaged ({reason})</source>
        <translation>{file}: el archivo del taller está dañado ({reason})</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/service_words.py" line="91"/>
        <source>{file}: is not a Facilitator workshop file</source>
        <translation>{file}: no es un archivo de taller de Facilitator</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/service_words.py" line="92"/>
        <source>{file}: is a database, but not a Facilitator workshop file</source>
        <translation>{file}: es una base de datos, pero no un archivo de taller de Facilitator</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/service_words.py" line="93"/>
        <source>{file}: is empty, not a workshop file</source>
        <translation>{file}: está vacío, no es un archivo de taller</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/service_words.py" line="94"/>
        <source>{file}: is a folder, not a workshop file</source>
        <translation>{file}: es una carpeta, no un archivo de taller</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/service_words.py" line="95"/>
        <source>{file}: already exists; choose another name</source>
        <translation>{file}: ya existe; elija otro nombre</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/service_words.py" line="97"/>
        <source>another Facilitator window</source>
        <translation>otra ventana de Facilitator</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/service_words.py" line="98"/>
        <source>its folder is read-only</source>
        <translation>su carpeta es de solo lectura</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/service_words.py" line="99"/>
        <source>the file is read-only</source>
        <translation>el archivo es de solo lectura</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/service_words.py" line="100"/>
        <source>it is cut short</source>
        <translation>está incompleto</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/service_words.py" line="106"/>
        <source>1 vote</source>
        <translation>1 voto</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/service_words.py" line="106"/>
        <source>{count} votes</source>
        <translation>{count} votos</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/service_words.py" line="108"/>
        <source>1 person</source>
        <translation>1 persona</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/kit/service_words.py" line="108"/>
        <source>{count} people</source>
        <translation>{count} personas</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../facilitator/ui/shell/start_page.py" line="71"/>
        <location filename="../../facilitator/ui/shell/start_page.py" line="73"/>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/start_page.py" line="76"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/start_page.py" line="82"/>
        <source>New workshop</source>
        <translation>Nuevo taller</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/start_page.py" line="94"/>
        <source>The language of the template&apos;s text (agenda, questions, worksheets) on both screens and in the handouts</source>
        <translation>El idioma del texto de la plantilla (agenda, preguntas, hojas de trabajo) en ambas pantallas y en los documentos impresos</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/start_page.py" line="100"/>
        <source>(the template&apos;s title)</source>
        <translation>(el título de la plantilla)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/start_page.py" line="103"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/start_page.py" line="105"/>
        <source>HH:MM (24-hour)</source>
        <translation>HH:MM (24 horas)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/start_page.py" line="109"/>
        <source>One per line: Name, role, school</source>
        <translation>Uno por línea: nombre, función, escuela</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/start_page.py" line="113"/>
        <source>&amp;Template</source>
        <translation>&amp;Plantilla</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/start_page.py" line="114"/>
        <source>Lan&amp;guage</source>
        <translation>Idi&amp;oma</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/start_page.py" line="115"/>
        <source>T&amp;itle</source>
        <translation>Tít&amp;ulo</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/start_page.py" line="116"/>
        <source>&amp;Date</source>
        <translation>Fec&amp;ha</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/start_page.py" line="117"/>
        <source>&amp;Start time</source>
        <translation>Hora de &amp;inicio</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/start_page.py" line="118"/>
        <source>&amp;Location</source>
        <translation>Lu&amp;gar</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/start_page.py" line="119"/>
        <source>&amp;Participants</source>
        <translation>Participa&amp;ntes</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/start_page.py" line="135"/>
        <source>&amp;Create workshop…</source>
        <translation>&amp;Crear taller…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/start_page.py" line="146"/>
        <source>&amp;Open a workshop file…</source>
        <translation>Abrir un archivo de &amp;taller…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/start_page.py" line="201"/>
        <source> — your template</source>
        <translation> — su plantilla</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/start_page.py" line="202"/>
        <source>{title} ({minutes} min)</source>
        <translation>{title} ({minutes} min)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/start_page.py" line="182"/>
        <source>{file} could not be loaded:</source>
        <translation>No se pudo cargar {file}:</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/start_page.py" line="184"/>
        <source>(and {count} more)</source>
        <translation>(y {count} más)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/start_page.py" line="131"/>
        <source>Templates that could not be loaded</source>
        <translation>Plantillas que no se pudieron cargar</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/start_page.py" line="136"/>
        <source>Create workshop</source>
        <translation>Crear taller</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/start_page.py" line="147"/>
        <source>Open a workshop file</source>
        <translation>Abrir un archivo de taller</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/start_page.py" line="149"/>
        <source>Open the demo wor&amp;kshop</source>
        <translation>Abrir el taller de &amp;demostración</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/start_page.py" line="150"/>
        <source>Open the demo workshop</source>
        <translation>Abrir el taller de demostración</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/start_page.py" line="152"/>
        <source>&amp;Recent workshops</source>
        <translation>Talleres &amp;recientes</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/start_page.py" line="153"/>
        <location filename="../../facilitator/ui/shell/start_page.py" line="155"/>
        <source>Recent workshops</source>
        <translation>Talleres recientes</translation>
    </message>
</context>
<context>
    <name>Timer</name>
    <message>
        <location filename="../../facilitator/ui/run/timer_panel.py" line="26"/>
        <source>Previous agenda item (Ctrl+PgUp)</source>
        <translation>Punto anterior de la agenda (Ctrl+RePág)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/timer_panel.py" line="27"/>
        <source>Start or pause the timer (Ctrl+Space or F9)</source>
        <translation>Iniciar o pausar el temporizador (Ctrl+Espacio o F9)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/timer_panel.py" line="28"/>
        <source>Next agenda item; the one that ran is done (Ctrl+PgDown)</source>
        <translation>Punto siguiente de la agenda; el que estaba en curso queda terminado (Ctrl+AvPág)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/timer_panel.py" line="30"/>
        <source>One minute less for this item (Ctrl+Down)</source>
        <translation>Un minuto menos para este punto (Ctrl+Abajo)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/timer_panel.py" line="32"/>
        <source>One minute more for this item (Ctrl+Up)</source>
        <translation>Un minuto más para este punto (Ctrl+Arriba)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/timer_panel.py" line="34"/>
        <source>Share the remaining time so the meeting ends on time (Ctrl+R)</source>
        <translation>Repartir el tiempo restante para que la reunión termine a tiempo (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/timer_panel.py" line="37"/>
        <source>Nearly time</source>
        <translation>Casi es la hora</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/timer_panel.py" line="37"/>
        <source>Over time</source>
        <translation>Tiempo excedido</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/timer_panel.py" line="46"/>
        <source>on time</source>
        <translation>a tiempo</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/timer_panel.py" line="48"/>
        <source>{minutes} min behind</source>
        <translation>{minutes} min de retraso</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/timer_panel.py" line="49"/>
        <source>{minutes} min ahead</source>
        <translation>{minutes} min de adelanto</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/timer_panel.py" line="67"/>
        <location filename="../../facilitator/ui/run/timer_voice.py" line="45"/>
        <source>Time remaining</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/timer_panel.py" line="71"/>
        <source>Timer state</source>
        <translation>Estado del temporizador</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/timer_panel.py" line="76"/>
        <source>Previous item</source>
        <translation>Punto anterior</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/timer_panel.py" line="77"/>
        <location filename="../../facilitator/ui/run/timer_panel.py" line="151"/>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/timer_panel.py" line="78"/>
        <source>Next item</source>
        <translation>Punto siguiente</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/timer_panel.py" line="79"/>
        <source>−1 min</source>
        <translation>−1 min</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/timer_panel.py" line="81"/>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/timer_panel.py" line="94"/>
        <source>Rebalance…</source>
        <translation>Reequilibrar…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/timer_panel.py" line="95"/>
        <source>Rebalance the remaining time</source>
        <translation>Reequilibrar el tiempo restante</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/timer_panel.py" line="106"/>
        <source>Projected end and schedule</source>
        <translation>Fin previsto y horario</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/timer_panel.py" line="141"/>
        <source>Not started — Ctrl+Space starts</source>
        <translation>Sin iniciar — Ctrl+Espacio inicia</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/timer_panel.py" line="142"/>
        <source>Running</source>
        <translation>En marcha</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/timer_panel.py" line="143"/>
        <source>Paused — Ctrl+Space resumes</source>
        <translation>En pausa — Ctrl+Espacio reanuda</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/timer_panel.py" line="152"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/timer_panel.py" line="153"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/timer_panel.py" line="161"/>
        <source>Projected end {time}</source>
        <translation>Fin previsto {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/timer_panel.py" line="166"/>
        <source>planned end {time}</source>
        <translation>fin planificado {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/timer_voice.py" line="23"/>
        <source>Time is up</source>
        <translation>Se acabó el tiempo</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/timer_voice.py" line="29"/>
        <source>{count} minute left</source>
        <translation>Queda {count} minuto</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/timer_voice.py" line="30"/>
        <source>{count} minutes left</source>
        <translation>Quedan {count} minutos</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/timer_voice.py" line="32"/>
        <source>{count} minute over time</source>
        <translation>{count} minuto de tiempo excedido</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/timer_voice.py" line="33"/>
        <source>{count} minutes over time</source>
        <translation>{count} minutos de tiempo excedido</translation>
    </message>
</context>
<context>
    <name>View</name>
    <message>
        <location filename="../../facilitator/ui/shell/view_options.py" line="17"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/view_options.py" line="18"/>
        <source>Black on white with strong frames, and a thick frame around the focused control</source>
        <translation>Negro sobre blanco con marcos marcados, y un marco grueso alrededor del control con el foco</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/view_options.py" line="20"/>
        <source>&amp;Large type</source>
        <translation>&amp;Letra grande</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/view_options.py" line="21"/>
        <source>Every text in the app about 40% larger</source>
        <translation>Todo el texto de la aplicación un 40 % más grande aproximadamente</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/view_options.py" line="53"/>
        <source>Display: {options}</source>
        <translation>Pantalla: {options}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/view_options.py" line="54"/>
        <source>standard</source>
        <translation>estándar</translation>
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
<context>
    <name>Worksheet</name>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/commands.py" line="25"/>
        <source>Add action</source>
        <translation>Agregar acción</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/commands.py" line="43"/>
        <source>Remove action</source>
        <translation>Quitar acción</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/actions/commands.py" line="58"/>
        <source>Edit action</source>
        <translation>Editar acción</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/commands.py" line="22"/>
        <source>Add card</source>
        <translation>Agregar tarjeta</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/commands.py" line="49"/>
        <source>Change card</source>
        <translation>Cambiar tarjeta</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/commands.py" line="61"/>
        <source>Delete card</source>
        <translation>Eliminar tarjeta</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/commands.py" line="80"/>
        <source>Vote for {name}</source>
        <translation>Voto de {name}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/commands.py" line="81"/>
        <source>Take back {name}&apos;s vote</source>
        <translation>Retirar el voto de {name}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/ideas/commands.py" line="95"/>
        <source>Set votes per person</source>
        <translation>Fijar los votos por persona</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/kit/cell_parse.py" line="54"/>
        <source>{column}: &apos;{text}&apos; is not yes or no</source>
        <translation>{column}: &apos;{text}&apos; no es sí ni no</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/kit/editors.py" line="71"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/kit/editors.py" line="72"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/kit/editors.py" line="75"/>
        <source>Pick a date from the calendar</source>
        <translation>Elegir una fecha en el calendario</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/kit/editors.py" line="77"/>
        <source>Pick a date (Alt+Down)</source>
        <translation>Elegir una fecha (Alt+Abajo)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/kit/editors.py" line="79"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/kit/editors.py" line="225"/>
        <source>a participant&apos;s name</source>
        <translation>el nombre de un participante</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/kit/worksheet_style.py" line="64"/>
        <source>{command} in {worksheet}</source>
        <translation>{command} en {worksheet}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/kit/worksheet_view.py" line="33"/>
        <source>Type to fill the selected cell; Tab and Shift+Tab go to the next or previous cell, and out of the table after the last; Enter goes down; Space ticks a box; Delete clears; Ctrl+C and Ctrl+V copy and paste</source>
        <translation>Escriba para llenar la celda seleccionada; Tab y Mayús+Tab van a la celda siguiente o anterior, y salen de la tabla después de la última; Intro baja; Espacio marca una casilla; Supr borra; Ctrl+C y Ctrl+V copian y pegan</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/table/commands.py" line="40"/>
        <source>Edit cell</source>
        <translation>Editar celda</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/table/commands.py" line="57"/>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/table/commands.py" line="72"/>
        <location filename="../../facilitator/ui/worksheets/table/widget.py" line="118"/>
        <source>Add row</source>
        <translation>Agregar fila</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/table/commands.py" line="90"/>
        <location filename="../../facilitator/ui/worksheets/table/widget.py" line="119"/>
        <source>Remove row</source>
        <translation>Quitar fila</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/table/commands.py" line="108"/>
        <source>Move row</source>
        <translation>Mover fila</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/table/model.py" line="238"/>
        <source>Not saved yet: press Retry in the bar above</source>
        <translation>Todavía no se guardó: pulse Reintentar en la barra de arriba</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/table/model.py" line="293"/>
        <source>Edit {column}</source>
        <translation>Editar {column}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/table/model.py" line="341"/>
        <source>Clear cells</source>
        <translation>Borrar celdas</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/table/model.py" line="394"/>
        <source> (and {count} more)</source>
        <translation> (y {count} más)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/table/model.py" line="396"/>
        <source>Not pasted: {problem}</source>
        <translation>No se pegó: {problem}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/table/model.py" line="399"/>
        <source>{count} pasted rows did not fit: &apos;{worksheet}&apos; has fixed rows</source>
        <translation>{count} filas pegadas no cupieron: &apos;{worksheet}&apos; tiene filas fijas</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/table/widget.py" line="91"/>
        <source>Worksheet of:</source>
        <translation>Hoja de trabajo de:</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/table/widget.py" line="93"/>
        <source>Whose worksheet</source>
        <translation>De quién es la hoja de trabajo</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/table/widget.py" line="99"/>
        <source>Add participants to the workshop to fill in one copy each.</source>
        <translation>Agregue participantes al taller para llenar una copia cada uno.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/table/widget.py" line="121"/>
        <location filename="../../facilitator/ui/worksheets/themes/widget.py" line="166"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/table/widget.py" line="123"/>
        <location filename="../../facilitator/ui/worksheets/themes/widget.py" line="168"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/text/commands.py" line="17"/>
        <source>Edit notes</source>
        <translation>Editar notas</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/text/widget.py" line="65"/>
        <location filename="../../facilitator/ui/worksheets/text/widget.py" line="73"/>
        <source>{worksheet}: notes</source>
        <translation>{worksheet}: notas</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/text/widget.py" line="71"/>
        <source>Notes from the room…</source>
        <translation>Notas del grupo…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/themes/commands.py" line="20"/>
        <location filename="../../facilitator/ui/worksheets/themes/widget.py" line="163"/>
        <source>Add theme</source>
        <translation>Agregar tema</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/themes/commands.py" line="44"/>
        <source>Edit theme</source>
        <translation>Editar tema</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/themes/commands.py" line="56"/>
        <location filename="../../facilitator/ui/worksheets/themes/widget.py" line="164"/>
        <source>Remove theme</source>
        <translation>Quitar tema</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/themes/commands.py" line="73"/>
        <source>Move theme</source>
        <translation>Mover tema</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/themes/widget.py" line="47"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/themes/widget.py" line="48"/>
        <source>A headline</source>
        <translation>Un titular</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/themes/widget.py" line="49"/>
        <source>What we heard</source>
        <translation>Lo que escuchamos</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/worksheets/themes/widget.py" line="50"/>
        <source>A paragraph</source>
        <translation>Un párrafo</translation>
    </message>
</context>
</TS>
