"""Spanish for every label the handouts and exports add (English key -> Spanish).

Placeholders in braces stay as they are. Usted-neutral wording as school documents use it;
tests/test_spanish_coverage.py fails when a label in the code has no entry here.
"""

ES: dict[str, str | tuple[str, str]] = {
    # Page furniture and document names
    "Page {page} of {total}": "Página {page} de {total}",
    "Participant packet": "Cuadernillo del participante",
    "Facilitator guide": "Guía del facilitador",
    "Session summary": "Resumen de la sesión",
    "Key-themes summary": "Resumen de temas clave",
    "Action tracker sheet": "Hoja de seguimiento de acciones",
    "Key themes": "Temas clave",
    "Action tracker": "Seguimiento de acciones",
    "ACTION TRACKER": "SEGUIMIENTO DE ACCIONES",
    "Summary of Key Themes": "Resumen de temas clave",
    # Meeting facts
    "Date": "Fecha",
    "Time": "Hora",
    "Length": "Duración",
    "Location": "Lugar",
    "Meeting": "Reunión",
    "Number {number} of {count}": "Número {number} de {count}",
    "Prepared for": "Preparado para",
    "Date to be announced": "Fecha por anunciar",
    "{count} minutes": "{count} minutos",
    "{count} min": "{count} min",
    "{count} MIN": "{count} MIN",
    "ITEM {number}": "PUNTO {number}",
    "Meeting intention": "Propósito de la reunión",
    "Meeting intention (read aloud at the start)":
        "Propósito de la reunión (leer en voz alta al comenzar)",
    "Agenda": "Agenda",
    "Item": "Punto",
    "Minutes": "Minutos",
    "Min": "Min",
    "Guiding questions": "Preguntas guía",
    "Your notes on these questions": "Sus notas sobre estas preguntas",
    "Notes": "Notas",
    "Source:": "Fuente:",
    "Subject:": "Asunto:",
    "Invitation to send": "Invitación para enviar",
    "Run of show": "Desarrollo de la sesión",
    "Start": "Inicio",
    "End": "Fin",
    "From": "Desde",
    "To": "Hasta",
    "Worksheets": "Hojas de trabajo",
    "Subgroups": "Subgrupos",
    "Participants ({count})": "Participantes ({count})",
    "Participants: {names}.": "Participantes: {names}.",
    "Name": "Nombre",
    "Role": "Función",
    "Organization": "Organización",
    # Kinds of worksheet (facilitator guide)
    "Reference text": "Texto de referencia",
    "Worksheet table": "Tabla de trabajo",
    "Brainstorm board": "Tablero de lluvia de ideas",
    "Impact x ease grid": "Cuadrícula de impacto x facilidad",
    "Actions with owners and deadlines": "Acciones con responsables y plazos",
    # Blank worksheets
    "Ideas": "Ideas",
    "Idea": "Idea",
    "Dot-vote tally: {title}": "Conteo de votos con puntos: {title}",
    "Each person has {count} dot. Write each idea once, make a tally mark (|) beside it for "
    "every dot it receives, then add up the total.":
        "Cada persona tiene {count} punto. Escriba cada idea una vez, haga una marca (|) a su "
        "lado por cada punto que reciba y luego sume el total.",
    "Each person has {count} dots. Write each idea once, make a tally mark (|) beside it for "
    "every dot it receives, then add up the total.":
        "Cada persona tiene {count} puntos. Escriba cada idea una vez, haga una marca (|) a su "
        "lado por cada punto que reciba y luego sume el total.",
    "Tally": "Conteo",
    "Total": "Total",
    "Harder": "Más difícil",
    "Easier": "Más fácil",
    "Lower": "Menor",
    "Higher": "Mayor",
    "Card colors:": "Colores de las tarjetas:",
    "Cards to place: the actions marked for further exploration in {titles}.":
        "Tarjetas para ubicar: las acciones marcadas para explorar más a fondo en {titles}.",
    "Illustrative prioritization of example initiatives":
        "Priorización ilustrativa de iniciativas de ejemplo",
    "A starting point only: move each initiative to fit the district's own needs and capacity.":
        "Solo un punto de partida: mueva cada iniciativa según las necesidades y la capacidad "
        "propias del distrito.",
    "Example initiative": "Iniciativa de ejemplo",
    "Category": "Categoría",
    "Priority": "Prioridad",
    "Created": "Creada",
    "Action": "Acción",
    "Owner": "Responsable",
    "Deadline": "Plazo",
    "Status": "Estado",
    "Example: {text}": "Ejemplo: {text}",
    "Theme {number}: headline": "Tema {number}: titular",
    "What we heard": "Lo que escuchamos",
    # Session summary
    "Agenda as run": "Agenda tal como se realizó",
    "Planned min": "Min previstos",
    "Used min": "Min usados",
    "Done": "Hecho",
    "Nothing has been captured in this meeting yet.":
        "Todavía no se ha registrado nada en esta reunión.",
    "No ideas were recorded.": "No se registraron ideas.",
    "Other ideas": "Otras ideas",
    "Lane": "Carril",
    "Votes": "Votos",
    "Explore": "Explorar",
    "Most votes": "Más votadas",
    "No cards were placed on the board.": "No se colocaron tarjetas en el tablero.",
    "Card": "Tarjeta",
    "Quadrant": "Cuadrante",
    "No actions were recorded.": "No se registraron acciones.",
    "No key themes were recorded.": "No se registraron temas clave.",
    "No answers recorded from: {names}.": "No se registraron respuestas de: {names}.",
    "Overdue": "Vencida",
    "overdue": "vencida",
    # Key-themes summary
    "{count} participant": "{count} participante",
    "{count} participants": "{count} participantes",
    "the group": "el grupo",
    "{who} met at {place} for “{title}”.": "{who} se reunió en {place} para “{title}”.",
    "{who} met for “{title}”.": "{who} se reunió para “{title}”.",
    "On {date}, {rest}": "El {date}, {rest}",
    "Highlights from the discussion are included below.":
        "A continuación se incluyen los aspectos más destacados de la conversación.",
    "Purpose of the session:": "Propósito de la sesión:",
    "DISCUSSION THEMES": "TEMAS DE LA CONVERSACIÓN",
    "No key themes have been recorded for this meeting yet.":
        "Todavía no se han registrado temas clave para esta reunión.",
    # Action tracker
    "Open actions on {date}: {open}, across {count} owner":
        "Acciones abiertas al {date}: {open}, de {count} responsable",
    "Open actions on {date}: {open}, across {count} owners":
        "Acciones abiertas al {date}: {open}, de {count} responsables",
    "; {count} overdue.": ("; {count} vencida.", "; {count} vencidas."),
    "There are no open actions.": "No hay acciones abiertas.",
    "Unassigned": "Sin asignar",
    "{count} open": ("{count} abierta", "{count} abiertas"),
    "Slips for each owner": "Recortes para cada responsable",
    "Cut along the dashed lines and give each owner their slip.":
        "Corte por las líneas discontinuas y entregue a cada responsable su recorte.",
    "Your actions from “{title}”": "Sus acciones de “{title}”",
    "No deadline": "Sin plazo",
}

# Exports (spreadsheet, CSV, Markdown and calendar)
ES.update({
    "yes": "sí",
    "no": "no",
    "Actions": "Acciones",
    "Meetings": "Reuniones",
    "Participants": "Participantes",
    "Participant": "Participante",
    "Row": "Fila",
    "Author": "Autor",
    "Explore further": "Explorar más a fondo",
    "Ease (0-1)": "Facilidad (0-1)",
    "Impact (0-1)": "Impacto (0-1)",
    "Theme": "Tema",
    "Explanation": "Explicación",
    "Came from": "Origen",
    "Worksheet": "Hoja de trabajo",
    "Status by meeting": "Estado por reunión",
    "Meeting {number}: {when}": "Reunión {number}: {when}",
    "date not set": "fecha sin definir",
    "Notes from the room:": "Notas del grupo:",
    "(nothing recorded)": "(no se registró nada)",
    "(no actions yet)": "(todavía no hay acciones)",
    "{title}: actions": "{title}: acciones",
    "Due: {text}": "Vence: {text}",
    "Owner: {name}": "Responsable: {name}",
    "not set": "sin definir",
    "Status: {status}": "Estado: {status}",
    "Category: {category}": "Categoría: {category}",
    "Notes: {notes}": "Notas: {notes}",
    "Workshop: {title}": "Taller: {title}",
    # Where an action came from, and its status at each meeting (domain.actions)
    "meeting {number}": "reunión {number}",
    "item {number}: {title}": "punto {number}: {title}",
    "item {number}": "punto {number}",
    "the template's example": "el ejemplo de la plantilla",
    "idea “{text}”": "idea “{text}”",
    "idea {ref}": "idea {ref}",
    "card “{text}”": "tarjeta “{text}”",
    "card {ref}": "tarjeta {ref}",
    "meeting {number}: {status}": "reunión {number}: {status}",
    # A text too long for a spreadsheet cell
    "Full text": "Texto completo",
    "Sheet": "Hoja",
    "Cell": "Celda",
    "Part": "Parte",
    "Text": "Texto",
    "{number} of {total}": "{number} de {total}",
    "[cut: {count} characters; the whole text is in sheet “{sheet}”, rows {first}-{last}]":
        "[recortado: {count} caracteres; el texto completo está en la hoja “{sheet}”, "
        "filas {first}-{last}]",
    # The privacy option: a participant named by their role (the role as typed)
    "a participant": "una persona participante",
    "another participant": "otra persona participante",
    "someone from {group}": "alguien de {group}",
    "another {role}": "otra persona ({role})",
    "an {role}": "una persona ({role})",
    "a {role}": "una persona ({role})",
})

# The invitation in a Spanish facilitator guide (domain.invitation)
ES.update({
    "date to be confirmed": "fecha por confirmar",
    "time to be confirmed": "hora por confirmar",
    "location to be confirmed": "lugar por confirmar",
    "first meeting": "primera reunión",
})
