; Inno Setup script: a per-user installer (no administrator rights) for the PyInstaller
; folder dist\ASN Desktop. Build on Windows:  iscc packaging\asn-desktop.iss
#define AppVersion "0.1.0"

[Setup]
AppId={{A0371EB7-7096-4607-A757-25FA1DD4D5B9}
AppName=ASN Desktop
AppVersion={#AppVersion}
AppPublisher=Pemerintah Kota Bandung
DefaultDirName={localappdata}\Programs\ASN Desktop
DefaultGroupName=ASN Desktop
PrivilegesRequired=lowest
OutputDir=..\dist
OutputBaseFilename=ASN-Desktop-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\asn-desktop.exe

[Languages]
Name: "id"; MessagesFile: "compiler:Languages\Indonesian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\dist\ASN Desktop\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\ASN Desktop"; Filename: "{app}\asn-desktop.exe"
Name: "{userdesktop}\ASN Desktop"; Filename: "{app}\asn-desktop.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Run]
Filename: "{app}\asn-desktop.exe"; Description: "{cm:LaunchProgram,ASN Desktop}"; Flags: nowait postinstall skipifsilent
