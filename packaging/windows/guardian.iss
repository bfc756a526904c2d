; Inno Setup 6.3+ script: the Windows x64 installer for the one-folder bundle in dist\guardian.
;
;   iscc /DAppVersion=0.1.0 packaging\windows\guardian.iss        (unsigned, as CI builds it)
;   packaging\windows\sign.ps1 -Certificate ... -Version 0.1.0     (a signed release, see docs/INSTALL.md)
;
; The version comes from guardian/__init__.py: CI passes `python packaging/appinfo.py` as AppVersion.
; Silent install and uninstall switches for IT are in docs/INSTALL.md.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z (python packaging/appinfo.py prints it)
#endif
#define AppName "Guardian"
#define Publisher "The Guardian developers"
#define Bundle "..\..\dist\guardian"

[Setup]
; Never change the AppId: it is how an update finds and replaces the installed version.
AppId={{8E999FAB-BFE0-4131-A497-8F5C0C3B9F7D}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#Publisher}
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
; Per machine by default (IT deployments); a parent without admin rights may choose "only for me".
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Windows 10 1809: the oldest Windows that Qt 6 supports.
MinVersion=10.0.17763
WizardStyle=modern
; An update closes a running Guardian (tray watcher included) and starts it again afterwards.
CloseApplications=yes
RestartApplications=yes
UninstallDisplayIcon={app}\guardian.exe
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=Guardian-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
LicenseFile=..\..\LICENSE
; Rendered from resources\icons\guardian.svg by packaging\build.py.
SetupIconFile=..\..\build\icons\guardian.ico
#ifdef Sign
; Set by sign.ps1 with iscc /DSign /Sguardian=...: signs the installer and the uninstaller.
SignTool=guardian
SignedUninstaller=yes
#endif

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[CustomMessages]
en.StartAtLogin=Start Guardian when I sign in to Windows (it watches from the notification area)
fr.StartAtLogin=Lancer Guardian à l'ouverture de session Windows (il veille depuis la zone de notification)
en.KeepData=Keep Guardian's encrypted data (alerts, family profiles, settings) on this computer?%n%nChoose Yes to keep it for a later reinstall, No to delete it for good.
fr.KeepData=Conserver les données chiffrées de Guardian (alertes, profils de la famille, réglages) sur cet ordinateur ?%n%nChoisissez Oui pour les garder en vue d'une réinstallation, Non pour les supprimer définitivement.

[Tasks]
Name: "startatlogin"; Description: "{cm:StartAtLogin}"; Flags: unchecked

[InstallDelete]
; A clean upgrade: the previous version's bundled libraries go before the new ones are copied.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\guardian.exe"

[Registry]
; HKA: the current user's Run key for a per-user install, the machine's for a per-machine one.
Root: HKA; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: string; ValueName: "{#AppName}"; \
  ValueData: """{app}\guardian.exe"""; Tasks: startatlogin; Flags: uninsdeletevalue

[Run]
Filename: "{app}\guardian.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function HasSwitch(const Name: String): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), Name) = 0 then
      Result := True;
end;

{ Whether to delete the vault: asked interactively (keep is the default answer); silently, only
  with /DELETEDATA, so a scripted uninstall before a reinstall never loses a family's alerts. }
function DeleteData: Boolean;
begin
  if UninstallSilent then
    Result := HasSwitch('/DELETEDATA')
  else
    Result := SuppressibleMsgBox(CustomMessage('KeepData'), mbConfirmation, MB_YESNO or MB_DEFBUTTON1, IDYES) = IDNO;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  { platformdirs.user_data_dir("Guardian", appauthor=False) of the account running the uninstaller }
  if (CurUninstallStep = usPostUninstall) and DeleteData then
    DelTree(ExpandConstant('{localappdata}\{#AppName}'), True, True, True);
end;
