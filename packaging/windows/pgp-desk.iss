; Inno Setup script: the Windows installer around the PyInstaller folder (dist\pgp-desk).
; Built by .github/workflows/release.yml:  iscc /DAppVersion=0.1.0 packaging\windows\pgp-desk.iss
; Installs for the current user without administrator rights by default; IT can choose
; "for all users" (or run it with /ALLUSERS /VERYSILENT for a silent roll-out).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define Root "..\.."

[Setup]
AppId={{2067448E-2232-4DFA-B202-AC226BF84451}
AppName=PGP Desk
AppVersion={#AppVersion}
AppPublisher=PGP Desk contributors
AppComments=Assessment, home programmes and handouts for pregnancy-related pelvic girdle pain
DefaultDirName={autopf}\PGP Desk
DefaultGroupName=PGP Desk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile={#Root}\resources\icons\pgp-desk.ico
UninstallDisplayIcon={app}\PGP Desk.exe
OutputDir={#Root}\dist
OutputBaseFilename=PGP-Desk-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "norwegian"; MessagesFile: "compiler:Languages\Norwegian.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#Root}\dist\pgp-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\PGP Desk"; Filename: "{app}\PGP Desk.exe"
Name: "{autodesktop}\PGP Desk"; Filename: "{app}\PGP Desk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\PGP Desk.exe"; Description: "{cm:LaunchProgram,PGP Desk}"; Flags: nowait postinstall skipifsilent
