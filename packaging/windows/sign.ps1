<#
.SYNOPSIS
  A signed Windows release: signs guardian.exe and guardian-cli.exe, builds the installer with
  Inno Setup (which signs the installer and its uninstaller), verifies, and writes the SHA-256.

.DESCRIPTION
  Run from a Developer PowerShell (signtool.exe and iscc.exe on PATH) on the release machine,
  after `python packaging\build.py`. The code-signing certificate is supplied at release time
  and never enters the repository or CI: it sits in the Windows certificate store, usually
  backed by the hardware token or cloud HSM the certificate authority requires, and is chosen
  by its SHA-1 thumbprint. Steps are explained in docs/INSTALL.md.

.EXAMPLE
  .\packaging\windows\sign.ps1 -Thumbprint 0123456789ABCDEF0123456789ABCDEF01234567
#>
param(
    [Parameter(Mandatory = $true)] [string] $Thumbprint,
    # The certificate authority's RFC 3161 timestamp service: signatures stay valid after the certificate expires.
    [string] $TimestampUrl = "http://timestamp.digicert.com"
)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

$version = (python packaging\appinfo.py).Trim()
$signtool = "signtool sign /sha1 $Thumbprint /fd sha256 /tr $TimestampUrl /td sha256"

# 1. The programs themselves, so SmartScreen and antivirus tools see who published them.
Invoke-Expression "$signtool /d Guardian dist\guardian\guardian.exe dist\guardian\guardian-cli.exe"
if ($LASTEXITCODE -ne 0) { throw "signtool failed" }

# 2. The installer; Inno Setup calls signtool (the `guardian` sign tool below) on it and on the uninstaller.
iscc /DAppVersion=$version /DSign "/Sguardian=$signtool /d `$qGuardian setup`$q `$f" packaging\windows\guardian.iss
if ($LASTEXITCODE -ne 0) { throw "iscc failed" }

# 3. Verify every signature, then publish the checksum beside the download.
$setup = "dist\Guardian-$version-windows-x64-setup.exe"
signtool verify /pa /all dist\guardian\guardian.exe dist\guardian\guardian-cli.exe $setup
if ($LASTEXITCODE -ne 0) { throw "a signature does not verify" }
$hash = (Get-FileHash -Algorithm SHA256 $setup).Hash.ToLower()
"$hash  $(Split-Path $setup -Leaf)" | Set-Content -Encoding ascii "$setup.sha256"
Write-Output "$setup`n$hash"
