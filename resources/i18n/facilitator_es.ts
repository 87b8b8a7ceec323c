<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Language</name>
    <message>
        <location filename="../../facilitator/ui/shell/language_menu.py" line="19" />
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shell/language_menu.py" line="37" />
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
</context>
</TS>
