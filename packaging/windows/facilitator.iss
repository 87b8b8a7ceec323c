; Inno Setup script: a Windows installer for the one-folder bundle that packaging/facilitator.spec
; builds in dist\facilitator (see packaging/README.md).
;
;   iscc /DAppVersion=0.1.0 packaging\windows\facilitator.iss
;
; writes dist\Facilitator-0.1.0-setup.exe. It installs for the current user without
; administrator rights (school laptops are locked down), adds a Start menu entry, and makes
; .workshop files open in Facilitator on a double-click. Uninstalling removes the program and the
; file type, never a workshop file.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6F0B1D2E-5C1A-4B8E-9E2F-FAC1717A7015}
AppName=Facilitator
AppVersion={#AppVersion}
AppPublisher=Facilitator
DefaultDirName={autopf}\Facilitator
DefaultGroupName=Facilitator
DisableProgramGroupPage=yes
; Per-user install by default; an administrator may still choose all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=Facilitator-{#AppVersion}-setup
SetupIconFile=..\icons\facilitator.ico
UninstallDisplayIcon={app}\facilitator.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole bundle; replacing it on upgrade (old files must not mix with new ones).
Source: "..\..\dist\facilitator\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\Facilitator"; Filename: "{app}\facilitator.exe"; Parameters: "open"
Name: "{autodesktop}\Facilitator"; Filename: "{app}\facilitator.exe"; Parameters: "open"; Tasks: desktopicon

[Registry]
; The .workshop file type, under HKCU (or HKLM for an all-users install): {autoclasses}.
Root: HKA; Subkey: "Software\Classes\.workshop"; ValueType: string; ValueName: ""; ValueData: "Facilitator.Workshop"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.workshop"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-facilitator-workshop"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Facilitator.Workshop"; ValueType: string; ValueName: ""; ValueData: "Facilitator workshop"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Facilitator.Workshop\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\facilitator.exe,0"
Root: HKA; Subkey: "Software\Classes\Facilitator.Workshop\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\facilitator.exe"" open ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\facilitator.exe\SupportedTypes"; ValueType: string; ValueName: ".workshop"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\facilitator.exe"; Parameters: "open"; Description: "{cm:LaunchProgram,Facilitator}"; Flags: nowait postinstall skipifsilent
