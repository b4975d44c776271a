; Inno Setup 6 script: per-user installer of Blue Pacific Desktop (no administrator rights).
;
;   iscc /DAppVersion=0.1.0 packaging\windows\bluepacific-desktop.iss
;
; packaging\build-windows.ps1 runs PyInstaller first (dist\bluepacific-desktop\) and then this.
; Output: dist\bluepacific-desktop-<version>-windows-x64-setup.exe
;
; The program goes to %LOCALAPPDATA%\Programs\Blue Pacific Desktop. The records are elsewhere,
; in %LOCALAPPDATA%\INTERPOL-BluePacific\BluePacificDesktop: neither an upgrade nor the
; uninstaller ever deletes them ([UninstallDelete] names the program folder only).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Blue Pacific Desktop"
#define AppExe "BluePacificDesktop.exe"
#define CliExe "bluepacific-desktop.exe"

[Setup]
; Never change AppId: upgrades find the installed version by it.
AppId={{6C1F4E2B-3B8D-4B57-9C39-2E4F0B7A1D52}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=INTERPOL Project Blue Pacific
VersionInfoVersion={#AppVersion}
; Per user: no UAC prompt, nothing outside the user's profile.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=bluepacific-desktop-{#AppVersion}-windows-x64-setup
SetupIconFile=packaging\windows\bluepacific.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
; Smallest download: LZMA2 ultra, one solid block.
Compression=lzma2/ultra64
SolidCompression=yes
WizardStyle=modern
; An upgrade closes a running copy first, so no file is left half replaced.
CloseApplications=yes
RestartApplications=no
ChangesEnvironment=no

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the program's library folder as a whole (no stale DLLs from the old one).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "dist\bluepacific-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the installer put in the program folder (and Python's caches there). Never the
; records in {localappdata}\INTERPOL-BluePacific: they may hold changes not yet on the hub.
Type: filesandordirs; Name: "{app}\_internal"
Type: dirifempty; Name: "{app}"
