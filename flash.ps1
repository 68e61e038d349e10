<#
.SYNOPSIS
    Flashes the nanoFramework runtime and the telemetry firmware to an ESP32 board with nanoff.

.DESCRIPTION
    1. Optionally writes the nanoCLR runtime (nanoff --update) with the stock partition table for the flash size.
    2. Deploys the application image built by Visual Studio (firmware\bin\<Configuration>\Telemetry.Firmware.bin)
       to the start of the deployment partition, read from partition-tables\<family>-<size>mb.csv, so the image
       never lands outside it (nanoff's default 0x1B0000 is wrong for classic ESP32 tables, which start at 0x1E0000).

.EXAMPLE
    ./flash.ps1 -SerialPort COM5 -UpdateFirmware
.EXAMPLE
    ./flash.ps1 -SerialPort COM7 -Target ESP32_S3_QUAD -FlashSize 8 -Configuration Debug
.EXAMPLE
    ./flash.ps1 -SerialPort COM5 -DryRun     # print the nanoff commands only
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)][string]$SerialPort,
    [ValidateSet('ESP32_REV0', 'ESP32_REV3', 'ESP32_PSRAM_REV0', 'ESP32_PSRAM_REV3', 'ESP32_PICO',
        'ESP32_S2', 'ESP32_S3_QUAD', 'ESP32_S3_OCTAL', 'ESP32_C3')]
    [string]$Target = 'ESP32_REV3',
    [ValidateSet(2, 4, 8, 16)][int]$FlashSize = 4,
    [ValidateSet('Debug', 'Release')][string]$Configuration = 'Release',
    [string]$Image,
    [switch]$UpdateFirmware,
    [switch]$MassErase,
    [int]$Baud = 1500000,
    [switch]$DryRun
)

$ErrorActionPreference = 'Stop'
$root = $PSScriptRoot

# Classic ESP32 targets use the esp32 tables; S2, S3 and C3 share the esp32s3 layout.
$family = if ($Target -like 'ESP32_S*' -or $Target -eq 'ESP32_C3') { 'esp32s3' } else { 'esp32' }
$table = Join-Path $root "partition-tables/$family-$($FlashSize)mb.csv"
if (-not (Test-Path $table)) {
    throw "No partition table for $Target with $FlashSize MB flash ($table). Supported: $((Get-ChildItem (Join-Path $root 'partition-tables') -Filter *.csv).Name -join ', ')"
}

# The deployment partition is the data partition of subtype 0x84.
$deploy = Get-Content $table | Where-Object { $_ -notmatch '^\s*#' -and $_.Trim() } |
    ForEach-Object { $f = $_.Split(',') | ForEach-Object { $_.Trim() }; [pscustomobject]@{ Name = $f[0]; Type = $f[1]; SubType = $f[2]; Offset = $f[3]; Size = $f[4] } } |
    Where-Object { $_.Type -eq 'data' -and $_.SubType -eq '0x84' } | Select-Object -First 1
if (-not $deploy) { throw "$table has no deployment partition (data, 0x84)" }

if (-not $Image) { $Image = Join-Path $root "firmware/bin/$Configuration/Telemetry.Firmware.bin" }
if (-not (Test-Path $Image)) {
    throw "Application image not found: $Image. Build nf.sln in Visual Studio ($Configuration) first, or pass -Image."
}
$imageSize = (Get-Item $Image).Length
if ($imageSize -gt [Convert]::ToInt64($deploy.Size, 16)) {
    throw "Image is $imageSize bytes, larger than the deployment partition ($($deploy.Size)) of $table"
}

if (-not (Get-Command nanoff -ErrorAction SilentlyContinue) -and -not $DryRun) {
    throw "nanoff not found. Install it with: dotnet tool install -g nanoff"
}

function Invoke-Nanoff([string[]]$arguments) {
    Write-Host "nanoff $($arguments -join ' ')"
    if ($DryRun) { return }
    & nanoff @arguments
    if ($LASTEXITCODE -ne 0) { throw "nanoff failed with exit code $LASTEXITCODE" }
}

if ($UpdateFirmware) {
    $update = @('--update', '--target', $Target, '--serialport', $SerialPort, '--baud', "$Baud", '--partitiontablesize', "$FlashSize")
    if ($MassErase) { $update += '--masserase' }
    Invoke-Nanoff $update
}

Invoke-Nanoff @('--target', $Target, '--serialport', $SerialPort, '--baud', "$Baud", '--deploy', '--image', $Image, '--address', $deploy.Offset)
Write-Host "Deployed $Image ($imageSize bytes) to $($deploy.Offset) on $SerialPort."
