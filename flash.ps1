<#
.SYNOPSIS
    Flashes the nanoFramework runtime and the telemetry firmware to an ESP32 board with nanoff, and uploads its
    configuration file, Wi-Fi settings and certificates.

.DESCRIPTION
    In this order, each step only when asked for:
    1. -UpdateFirmware: writes the nanoCLR runtime with the stock partition table for -FlashSize.
    2. Deploys the application image built by Visual Studio (firmware\bin\<Configuration>\Telemetry.Firmware.bin)
       to the start of the deployment partition, read from partition-tables\<family>-<size>mb.csv, so the image
       never lands outside it (nanoff's default 0x1B0000 is wrong for classic ESP32 tables, which start at 0x1E0000).
       -SkipApplication leaves the application alone.
    3. -ConfigFile: uploads the configuration file to the device's internal storage (I:\config.txt) with nanoff's
       file deployment.
    4. -WifiSsid/-WifiPassword, -CaCertificate, -DeviceCertificate: stores the Wi-Fi credentials and the
       certificates in the runtime's network configuration with nanoff's network deployment.

    Works with nanoff 2.5 (stable: --update, --deploy, --filedeployment, --networkdeployment) and nanoff 3.0 (verbs:
    flash, deploy, deploy file, deploy network), chosen from `nanoff --version` or -NanoffVersion. -DryRun prints
    the commands (and the JSON files, password masked) without running anything.

.PARAMETER SerialPort
    The board's serial port: COM5 on Windows, /dev/ttyUSB0 on Linux. Required.
.PARAMETER Target
    nanoff target (default ESP32_REV3): ESP32_REV0, ESP32_REV3, ESP32_PSRAM_REV0, ESP32_PSRAM_REV3, ESP32_PICO,
    ESP32_S2, ESP32_S3_QUAD, ESP32_S3_OCTAL, ESP32_C3.
.PARAMETER FlashSize
    Flash size in MB (default 4); partition-tables/ must have a table for it (2, 4, 8, 16 classic; 4, 8, 16 S2/S3/C3).
.PARAMETER Configuration
    Debug or Release (default): which Visual Studio build output to deploy.
.PARAMETER Image
    Application image to deploy instead of firmware/bin/<Configuration>/Telemetry.Firmware.bin.
.PARAMETER UpdateFirmware
    Also write the nanoCLR runtime and the stock partition table (first flash, or a runtime update).
.PARAMETER MassErase
    With -UpdateFirmware: erase the whole flash first; the stored Wi-Fi, certificates and I:\ files may go too, so
    upload them again in the same run.
.PARAMETER SkipApplication
    Do not deploy the application (upload only the configuration or network settings, or update the runtime).
.PARAMETER ConfigFile
    Configuration file to upload to the device's internal storage.
.PARAMETER ConfigDestination
    Its path on the device (default I:\config.txt, where the firmware reads it).
.PARAMETER WifiSsid
    Wi-Fi network to store in the runtime (network deployment); the firmware connects to it first.
.PARAMETER WifiPassword
    Its password (8 to 63 characters for WPA/WPA2).
.PARAMETER WifiAuthentication
    OPEN, NONE, SHARED, WEP, WPA, WPA2 (default), EAP, PEAP or WCN.
.PARAMETER CaCertificate
    PEM file of the CA certificate(s) that sign the broker's certificate (for mqtts://).
.PARAMETER DeviceCertificate
    PEM file with the client certificate and its private key (for brokers that require client certificates).
.PARAMETER Baud
    Serial speed for flashing (default 1500000).
.PARAMETER NanoffVersion
    2.5 or 3.0: the nanoff syntax to use instead of asking `nanoff --version` (for -DryRun without nanoff).
.PARAMETER DryRun
    Print the nanoff commands and the JSON files (password masked), run nothing.

.EXAMPLE
    ./flash.ps1 -SerialPort COM5 -UpdateFirmware -ConfigFile ./config.txt -WifiSsid home -WifiPassword 'secret123'
.EXAMPLE
    ./flash.ps1 -SerialPort COM7 -Target ESP32_S3_QUAD -FlashSize 8 -Configuration Debug
.EXAMPLE
    ./flash.ps1 -SerialPort COM5 -SkipApplication -CaCertificate ./ca.pem
.EXAMPLE
    ./flash.ps1 -SerialPort COM5 -DryRun -NanoffVersion 3.0     # print the nanoff 3.0 commands only
#>
[CmdletBinding()]
param(
    [string]$SerialPort,
    [string]$Target = 'ESP32_REV3',
    [int]$FlashSize = 4,
    [string]$Configuration = 'Release',
    [string]$Image,
    [switch]$UpdateFirmware,
    [switch]$MassErase,
    [switch]$SkipApplication,
    [string]$ConfigFile,
    [string]$ConfigDestination = 'I:\config.txt',
    [string]$WifiSsid,
    [string]$WifiPassword,
    [string]$WifiAuthentication = 'WPA2',
    [string]$CaCertificate,
    [string]$DeviceCertificate,
    [int]$Baud = 1500000,
    [string]$NanoffVersion,
    [switch]$DryRun
)

$ErrorActionPreference = 'Stop'
$root = $PSScriptRoot

# Each error names the parameter and what would be valid; exit code 2 for bad parameters, 1 when nanoff fails.
function Stop-WithError([string]$message, [int]$code = 2) {
    [Console]::Error.WriteLine("flash.ps1: $message")
    exit $code
}

# Chip family of each nanoff ESP32 target: classic ESP32 uses the esp32 tables; S2, S3 and C3 share the esp32s3 layout.
$families = [ordered]@{
    ESP32_REV0 = 'esp32'; ESP32_REV3 = 'esp32'; ESP32_PSRAM_REV0 = 'esp32'; ESP32_PSRAM_REV3 = 'esp32'; ESP32_PICO = 'esp32'
    ESP32_S2 = 'esp32s3'; ESP32_S3_QUAD = 'esp32s3'; ESP32_S3_OCTAL = 'esp32s3'; ESP32_C3 = 'esp32s3'
}
$wifiAuthentications = @('OPEN', 'NONE', 'SHARED', 'WEP', 'WPA', 'WPA2', 'EAP', 'PEAP', 'WCN')

if (-not $SerialPort) { Stop-WithError '-SerialPort is required (COM5 on Windows, /dev/ttyUSB0 on Linux).' }
if (-not $families.Contains($Target)) {
    $near = @($families.Keys | Where-Object { $_ -like "$Target*" })
    $hint = if ($near) { " Did you mean $($near -join ' or ')?" } else { '' }
    Stop-WithError "unknown target '$Target'.$hint Supported targets: $($families.Keys -join ', ')."
}
$Target = @($families.Keys | Where-Object { $_ -eq $Target })[0]   # nanoff's spelling (names are matched case-insensitively)
if ($Configuration -notin 'Debug', 'Release') { Stop-WithError "-Configuration must be Debug or Release, not '$Configuration'." }
if ($Baud -le 0) { Stop-WithError "-Baud must be a positive number, not $Baud." }

$family = $families[$Target]
$tables = Join-Path $root 'partition-tables'
$table = Join-Path $tables "$family-$($FlashSize)mb.csv"
if (-not (Test-Path -LiteralPath $table)) {
    $sizes = (Get-ChildItem $tables -Filter "$family-*mb.csv" | ForEach-Object { [int]($_.Name -replace "^$family-|mb\.csv$", '') } | Sort-Object) -join ', '
    Stop-WithError "no partition table for $Target with $FlashSize MB flash (partition-tables/$family-$($FlashSize)mb.csv). Flash sizes with a table for $Target`: $sizes MB."
}

# Partitions of the table: name, type, subtype, offset, size (comments and blank lines skipped).
$partitions = Get-Content -LiteralPath $table | Where-Object { $_ -notmatch '^\s*#' -and $_.Trim() } | ForEach-Object {
    $f = $_.Split(',') | ForEach-Object { $_.Trim() }
    [pscustomobject]@{ Name = $f[0]; Type = $f[1]; SubType = $f[2]; Offset = $f[3]; Size = [Convert]::ToInt64($f[4], 16) }
}
$deploy = $partitions | Where-Object { $_.Type -eq 'data' -and $_.SubType -eq '0x84' } | Select-Object -First 1
$storage = $partitions | Where-Object { $_.Type -eq 'data' -and $_.SubType -eq 'littlefs' } | Select-Object -First 1
if (-not $deploy) { Stop-WithError "$table has no deployment partition (data, 0x84)." }

$deployApplication = -not $SkipApplication
if ($deployApplication) {
    if (-not $Image) { $Image = Join-Path $root "firmware/bin/$Configuration/Telemetry.Firmware.bin" }
    if (-not (Test-Path -LiteralPath $Image -PathType Leaf)) {
        Stop-WithError "application image not found: $Image. Build nf.sln in Visual Studio ($Configuration) first, pass -Image, or use -SkipApplication."
    }
    $Image = (Resolve-Path -LiteralPath $Image).Path
    $imageSize = (Get-Item -LiteralPath $Image).Length
    if ($imageSize -gt $deploy.Size) {
        Stop-WithError ("image is $imageSize bytes, larger than the deployment partition (0x{0:X} bytes) of partition-tables/$family-$($FlashSize)mb.csv." -f $deploy.Size)
    }
}

if ($ConfigFile) {
    if (-not (Test-Path -LiteralPath $ConfigFile -PathType Leaf)) { Stop-WithError "configuration file not found: $ConfigFile." }
    $ConfigFile = (Resolve-Path -LiteralPath $ConfigFile).Path
    $configSize = (Get-Item -LiteralPath $ConfigFile).Length
    if ($configSize -eq 0) { Stop-WithError "configuration file is empty: $ConfigFile." }
    if ($storage -and $configSize -gt $storage.Size) {
        Stop-WithError ("configuration file is $configSize bytes, larger than the storage partition (0x{0:X} bytes)." -f $storage.Size)
    }
    if ($ConfigDestination -notmatch '^I:\\[^\\/:*?"<>|]+$') {
        Stop-WithError "-ConfigDestination must be a file on the device's internal storage, like I:\config.txt, not '$ConfigDestination'."
    }
}

# Certificates are read by the runtime as PEM; the device certificate carries its private key.
function Resolve-Certificate([string]$path, [string]$parameter, [bool]$needsKey) {
    if (-not (Test-Path -LiteralPath $path -PathType Leaf)) { Stop-WithError "$parameter file not found: $path." }
    $full = (Resolve-Path -LiteralPath $path).Path
    $text = Get-Content -LiteralPath $full -Raw
    if ($text -notmatch '-----BEGIN CERTIFICATE-----') { Stop-WithError "$parameter is not a PEM certificate (no BEGIN CERTIFICATE line): $full." }
    if ($needsKey -and $text -notmatch '-----BEGIN ([A-Z]+ )?PRIVATE KEY-----') {
        Stop-WithError "$parameter must hold the client certificate and its private key (PEM), but has no PRIVATE KEY block: $full."
    }
    return $full
}

if ($WifiPassword -and -not $WifiSsid) { Stop-WithError '-WifiPassword needs -WifiSsid.' }
if ($WifiSsid) {
    if ([Text.Encoding]::UTF8.GetByteCount($WifiSsid) -gt 32) { Stop-WithError '-WifiSsid is longer than 32 bytes.' }
    $WifiAuthentication = $WifiAuthentication.ToUpperInvariant()
    if ($WifiAuthentication -notin $wifiAuthentications) {
        Stop-WithError "-WifiAuthentication must be one of $($wifiAuthentications -join ', '), not '$WifiAuthentication'."
    }
    if ($WifiAuthentication -in 'WPA', 'WPA2' -and ($WifiPassword.Length -lt 8 -or $WifiPassword.Length -gt 64)) {
        Stop-WithError "-WifiPassword must be 8 to 63 characters (or 64 hex digits) for $WifiAuthentication."
    }
}
if ($CaCertificate) { $CaCertificate = Resolve-Certificate $CaCertificate '-CaCertificate' $false }
if ($DeviceCertificate) { $DeviceCertificate = Resolve-Certificate $DeviceCertificate '-DeviceCertificate' $true }
$deployNetwork = [bool]($WifiSsid -or $CaCertificate -or $DeviceCertificate)

if (-not ($UpdateFirmware -or $deployApplication -or $ConfigFile -or $deployNetwork)) {
    Stop-WithError 'nothing to do: -SkipApplication without -UpdateFirmware, -ConfigFile, -WifiSsid or a certificate.'
}
if ($MassErase -and -not $UpdateFirmware) { Stop-WithError '-MassErase only applies with -UpdateFirmware.' }

# nanoff 3.x takes verbs (flash, deploy), 2.x the older leading options (--update, --deploy).
function Get-NanoffMajor {
    if ($NanoffVersion) {
        if ($NanoffVersion -notmatch '^(\d+)(\.\d+)*$') { Stop-WithError "-NanoffVersion must look like 2.5 or 3.0, not '$NanoffVersion'." }
        return [int]$Matches[1]
    }
    if (-not (Get-Command nanoff -ErrorAction SilentlyContinue)) {
        if ($DryRun) {
            Write-Host '# nanoff not found: showing the nanoff 2.5 commands (-NanoffVersion 3.0 shows the 3.0 ones)'
            return 2
        }
        Stop-WithError 'nanoff not found. Install it with: dotnet tool install -g nanoff' 1
    }
    $text = (& nanoff --version 2>&1 | Out-String)
    # The version line ("nanoff 2.5.171+sha" or a bare "3.0.4+sha") is preferred over versions quoted in banners.
    if ($text -match 'nanoff\s+v?(\d+)\.\d+\.\d+' -or $text -match '(?m)^\s*v?(\d+)\.\d+\.\d+\S*\s*$' -or $text -match '(\d+)\.\d+\.\d+') {
        return [int]$Matches[1]
    }
    Stop-WithError "cannot read the nanoff version from 'nanoff --version': $($text.Trim()). Pass -NanoffVersion 2.5 or 3.0." 1
}

$major = Get-NanoffMajor
if ($major -lt 2 -or $major -gt 3) {
    Stop-WithError "nanoff $major.x is not supported: flash.ps1 drives nanoff 2.5 (options) and 3.0 (verbs). Install one with: dotnet tool update -g nanoff" 1
}
$verbs = $major -ge 3
Write-Host "# nanoff $major.x syntax ($(if ($verbs) { 'verbs' } else { 'options' })), $Target, $FlashSize MB, deploy partition at $($deploy.Offset)"

function Format-Argument([string]$a) { if ($a -match '[\s"]') { '"' + ($a -replace '"', '\"') + '"' } else { $a } }

function Invoke-Nanoff([string[]]$arguments) {
    Write-Host "nanoff $(($arguments | ForEach-Object { Format-Argument $_ }) -join ' ')"
    if ($DryRun) { return }
    & nanoff @arguments
    if ($LASTEXITCODE -ne 0) { Stop-WithError "nanoff failed with exit code $LASTEXITCODE (command above)." 1 }
}

# Writes a deployment JSON file for nanoff (shown instead with -DryRun, secrets masked) and returns its path.
function Write-DeploymentFile([string]$name, [Collections.IDictionary]$content, [string]$secret) {
    $path = Join-Path $work $name
    $json = $content | ConvertTo-Json -Depth 5
    if ($DryRun) {
        $shown = if ($secret) { $json.Replace((ConvertTo-Json $secret), '"********"') } else { $json }
        Write-Host "# $name`n$shown"
    }
    else {
        [IO.File]::WriteAllText($path, $json, [Text.UTF8Encoding]::new($false))
    }
    return $path
}

$work = Join-Path ([IO.Path]::GetTempPath()) ("flash-" + [Guid]::NewGuid().ToString('N').Substring(0, 12))
if (-not $DryRun) { New-Item -ItemType Directory -Path $work | Out-Null }
try {
    if ($UpdateFirmware) {
        if ($verbs) {
            $update = @('flash', 'target', $Target, 'serialport', $SerialPort, 'baud', "$Baud", 'partitiontablesize', "$FlashSize")
            if ($MassErase) { $update += 'masserase' }
        }
        else {
            $update = @('--update', '--target', $Target, '--serialport', $SerialPort, '--baud', "$Baud", '--partitiontablesize', "$FlashSize")
            if ($MassErase) { $update += '--masserase' }
        }
        Invoke-Nanoff $update
    }

    if ($deployApplication) {
        if ($verbs) {
            Invoke-Nanoff @('deploy', 'target', $Target, 'serialport', $SerialPort, 'image', $Image, 'address', $deploy.Offset)
        }
        else {
            Invoke-Nanoff @('--target', $Target, '--serialport', $SerialPort, '--baud', "$Baud", '--deploy', '--image', $Image, '--address', $deploy.Offset)
        }
        Write-Host "# application: $Image ($imageSize bytes) at $($deploy.Offset)"
    }

    if ($ConfigFile) {
        $files = Write-DeploymentFile 'deploy.json' ([ordered]@{
            SerialPort = $SerialPort
            Files      = @([ordered]@{ DestinationFilePath = $ConfigDestination; SourceFilePath = $ConfigFile })
        })
        if ($verbs) { Invoke-Nanoff @('deploy', 'file', $files, 'serialport', $SerialPort) }
        else { Invoke-Nanoff @('--filedeployment', $files, '--serialport', $SerialPort) }
        Write-Host "# configuration: $ConfigFile ($configSize bytes) to $ConfigDestination"
    }

    if ($deployNetwork) {
        $network = [ordered]@{ SerialPort = $SerialPort }
        if ($WifiSsid) {
            $network.WirelessClient = [ordered]@{
                Ssid = $WifiSsid; Password = "$WifiPassword"; Authentication = $WifiAuthentication
                Encryption = $(if ($WifiAuthentication -in 'WEP', 'WPA', 'WPA2') { $WifiAuthentication } else { 'None' })
                DhcpEnabled = $true; AutomaticDNS = $true; ConfigurationOption = 'AutoConnect'
            }
        }
        if ($CaCertificate) { $network.CACertificatesPath = $CaCertificate }
        if ($DeviceCertificate) { $network.DeviceCertificatesPath = $DeviceCertificate }
        $net = Write-DeploymentFile 'network.json' $network $WifiPassword
        if ($verbs) { Invoke-Nanoff @('deploy', 'network', $net, 'serialport', $SerialPort) }
        else { Invoke-Nanoff @('--networkdeployment', $net, '--serialport', $SerialPort) }
        Write-Host "# network: $(@($(if ($WifiSsid) { "Wi-Fi '$WifiSsid' ($WifiAuthentication)" }), $(if ($CaCertificate) { 'CA certificate' }), $(if ($DeviceCertificate) { 'device certificate' })) -ne $null -join ', ')"
    }
}
finally {
    # The network file holds the Wi-Fi password: never leave it behind.
    if (Test-Path -LiteralPath $work) { Remove-Item -LiteralPath $work -Recurse -Force }
}
