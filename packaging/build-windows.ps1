# Builds the Windows installer: dist\bluepacific-desktop-<version>-windows-x64-setup.exe
#
#   powershell -ExecutionPolicy Bypass -File packaging\build-windows.ps1
#
# Needs: Python 3.11 x64 from python.org (py launcher), Inno Setup 6 (iscc.exe on PATH or in its
# default folder). Makes build\packaging-venv from requirements\constraints.txt and
# requirements\packaging.txt, installs the app (no hub, no test tools), runs PyInstaller on
# packaging\bluepacific-desktop.spec (one folder with BluePacificDesktop.exe for the Start menu
# and bluepacific-desktop.exe for the command line), smoke-tests the folder, then runs iscc.
# Signing (optional): set SIGN_CERT_THUMBPRINT to sign both exes and the installer with
# signtool (see packaging\README.md).
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
$version = (Select-String -Path src\bluepacific_desktop\__init__.py -Pattern '__version__ = "(.+)"').Matches[0].Groups[1].Value
$venv = "build\packaging-venv"

if (-not (Test-Path "$venv\Scripts\python.exe")) {
    py -3.11 -m venv $venv
}
& "$venv\Scripts\python.exe" -m pip install --quiet --upgrade pip
& "$venv\Scripts\python.exe" -m pip install --quiet -c requirements\constraints.txt -c requirements\packaging.txt pyinstaller pyinstaller-hooks-contrib
& "$venv\Scripts\python.exe" -m pip install --quiet --force-reinstall --no-deps .
& "$venv\Scripts\python.exe" -m pip install --quiet -c requirements\constraints.txt .
if ($LASTEXITCODE -ne 0) { throw "pip failed" }

Remove-Item -Recurse -Force build\pyinstaller, dist\bluepacific-desktop -ErrorAction SilentlyContinue
& "$venv\Scripts\pyinstaller.exe" --noconfirm --clean --log-level WARN --distpath dist --workpath build\pyinstaller\work packaging\bluepacific-desktop.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

# Smoke test of the folder before it is packed (tzdata must resolve Pacific zones on Windows).
$data = Join-Path $env:TEMP "bluepacific-smoke-$(Get-Random)"
$env:QT_QPA_PLATFORM = "offscreen"
& dist\bluepacific-desktop\bluepacific-desktop.exe --version
& dist\bluepacific-desktop\bluepacific-desktop.exe --data-dir $data init --country KI --lang fr
& dist\bluepacific-desktop\bluepacific-desktop.exe --data-dir $data demo-data --size 50
& dist\bluepacific-desktop\bluepacific-desktop.exe --data-dir $data status --json
if ($LASTEXITCODE -ne 0) { throw "smoke test failed" }
Remove-Item Env:QT_QPA_PLATFORM
Remove-Item -Recurse -Force $data

if ($env:SIGN_CERT_THUMBPRINT) {
    signtool sign /sha1 $env:SIGN_CERT_THUMBPRINT /fd sha256 /tr http://timestamp.digicert.com /td sha256 `
        dist\bluepacific-desktop\BluePacificDesktop.exe dist\bluepacific-desktop\bluepacific-desktop.exe
}

$iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $iscc "/DAppVersion=$version" packaging\windows\bluepacific-desktop.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
$setup = "dist\bluepacific-desktop-$version-windows-x64-setup.exe"
if ($env:SIGN_CERT_THUMBPRINT) {
    signtool sign /sha1 $env:SIGN_CERT_THUMBPRINT /fd sha256 /tr http://timestamp.digicert.com /td sha256 $setup
}
Write-Host ("Built {0}: {1:N1} MB" -f $setup, ((Get-Item $setup).Length / 1e6))
