using Xunit;

namespace Telemetry.HostTests.Flashing;

/// <summary>Bad parameters stop flash.ps1 with exit code 2 and a message that names them, before nanoff runs.</summary>
public class FlashParameterErrorTests
{
    // {image}, {config}, {ca}, {nokey}, {big} and {empty} are replaced by files of the test folder.
    [Theory]
    [InlineData("-Image {image}", "-SerialPort is required")]
    [InlineData("-SerialPort COM5 -Image {image} -Target ESP32_S3", "unknown target 'ESP32_S3'. Did you mean ESP32_S3_QUAD or ESP32_S3_OCTAL?")]
    [InlineData("-SerialPort COM5 -Image {image} -Target STM32F4", "unknown target 'STM32F4'. Supported targets: ESP32_REV0,")]
    [InlineData("-SerialPort COM5 -Image {image} -Target ESP32_C3 -FlashSize 2", "no partition table for ESP32_C3 with 2 MB flash (partition-tables/esp32s3-2mb.csv). Flash sizes with a table for ESP32_C3: 4, 8, 16 MB.")]
    [InlineData("-SerialPort COM5 -Image {image} -FlashSize 32", "no partition table for ESP32_REV3 with 32 MB flash")]
    [InlineData("-SerialPort COM5 -Image {image} -Configuration Ship", "-Configuration must be Debug or Release")]
    [InlineData("-SerialPort COM5 -Image {missing}", "application image not found:")]
    [InlineData("-SerialPort COM5 -Image {big} -FlashSize 2", "larger than the deployment partition (0x10000 bytes)")]
    [InlineData("-SerialPort COM5 -SkipApplication -ConfigFile {missing}", "configuration file not found:")]
    [InlineData("-SerialPort COM5 -SkipApplication -ConfigFile {empty}", "configuration file is empty:")]
    [InlineData("-SerialPort COM5 -SkipApplication -ConfigFile {config} -ConfigDestination C:\\config.txt", "-ConfigDestination must be a file on the device's internal storage")]
    [InlineData("-SerialPort COM5 -SkipApplication -WifiPassword secret123", "-WifiPassword needs -WifiSsid")]
    [InlineData("-SerialPort COM5 -SkipApplication -WifiSsid home -WifiPassword short", "-WifiPassword must be 8 to 63 characters")]
    [InlineData("-SerialPort COM5 -SkipApplication -WifiSsid home -WifiPassword secret123 -WifiAuthentication WPA3", "-WifiAuthentication must be one of")]
    [InlineData("-SerialPort COM5 -SkipApplication -CaCertificate {config}", "-CaCertificate is not a PEM certificate")]
    [InlineData("-SerialPort COM5 -SkipApplication -DeviceCertificate {nokey}", "-DeviceCertificate must hold the client certificate and its private key")]
    [InlineData("-SerialPort COM5 -SkipApplication", "nothing to do")]
    [InlineData("-SerialPort COM5 -Image {image} -MassErase", "-MassErase only applies with -UpdateFirmware")]
    [InlineData("-SerialPort COM5 -Image {image} -NanoffVersion latest", "-NanoffVersion must look like 2.5 or 3.0")]
    public void BadParameterIsNamedAndNothingRuns(string arguments, string message)
    {
        using var flash = new FlashScript("nanoff 2.5.171");
        var files = new Dictionary<string, string>
        {
            ["{image}"] = flash.Image,
            ["{config}"] = flash.ConfigFile,
            ["{missing}"] = Path.Combine(flash.Folder, "missing.bin"),
            ["{big}"] = flash.Write("big.bin", new byte[0x10001]),
            ["{empty}"] = flash.Write("empty.txt", []),
            ["{nokey}"] = flash.Write("device.pem", "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"),
        };
        string[] args = arguments.Split(' ').Select(a => files.GetValueOrDefault(a, a)).ToArray();

        var result = flash.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("flash.ps1: ", result.Error, StringComparison.Ordinal);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Equal(0, result.VersionQueries);
        Assert.Empty(result.Calls);
    }

    [Theory]
    [InlineData("nanoff: command failed", 1, "cannot read the nanoff version")]
    [InlineData("nanoff 1.24.6+abc", 1, "nanoff 1.x is not supported")]
    [InlineData("nanoff 4.0.0", 1, "nanoff 4.x is not supported")]
    public void UnknownNanoffVersionIsRefused(string versionText, int exitCode, string message)
    {
        using var flash = new FlashScript(versionText);
        var result = flash.Run("-SerialPort", "COM5", "-Image", flash.Image);

        Assert.Equal(exitCode, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Calls);
    }
}
