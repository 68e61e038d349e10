using System.Globalization;
using Xunit;

namespace Telemetry.HostTests.Flashing;

/// <summary>flash.ps1 picks nanoff's syntax from <c>nanoff --version</c> and deploys at the table's deployment start.</summary>
public class FlashCommandTests
{
    [Theory]
    [InlineData("nanoff 2.5.171+2b4c1f0e", false)]
    [InlineData("2.5.126", false)]
    [InlineData("nanoff 2.5.171+2b4c1f0e\n** A newer version, 3.0.1, is available: dotnet tool update -g nanoff **", false)]
    [InlineData("nanoff 3.0.12-preview.3+9f8e7d6c", true)]
    [InlineData(".NET nanoFramework Firmware Flasher\nCopyright (c) .NET Foundation\n3.0.2+a1b2c3d4", true)]
    public void FirmwareUpdateAndDeployUseTheSyntaxOfTheInstalledNanoff(string versionText, bool verbs)
    {
        using var flash = new FlashScript(versionText);
        var result = flash.Run("-SerialPort", "COM5", "-Image", flash.Image, "-UpdateFirmware", "-MassErase");

        Assert.True(result.ExitCode == 0, result.Error + result.Output);
        Assert.Equal(1, result.VersionQueries);
        string[][] expected = verbs
            ?
            [
                ["flash", "target", "ESP32_REV3", "serialport", "COM5", "baud", "1500000", "partitiontablesize", "4", "masserase"],
                ["deploy", "target", "ESP32_REV3", "serialport", "COM5", "image", flash.Image, "address", "0x1E0000"],
            ]
            :
            [
                ["--update", "--target", "ESP32_REV3", "--serialport", "COM5", "--baud", "1500000", "--partitiontablesize", "4", "--masserase"],
                ["--target", "ESP32_REV3", "--serialport", "COM5", "--baud", "1500000", "--deploy", "--image", flash.Image, "--address", "0x1E0000"],
            ];
        Assert.Equal(expected, result.Calls);
        Assert.Empty(result.CopiedJson);
    }

    [Theory]
    [InlineData("ESP32_REV3", 2, "0x1E0000", "2.5.171")]
    [InlineData("ESP32_PSRAM_REV0", 8, "0x1E0000", "3.0.2")]
    [InlineData("ESP32_PICO", 16, "0x1E0000", "2.5.171")]
    [InlineData("ESP32_S3_QUAD", 4, "0x1B0000", "3.0.2")]
    [InlineData("ESP32_S3_OCTAL", 16, "0x1B0000", "2.5.171")]
    [InlineData("esp32_c3", 4, "0x1B0000", "2.5.171")]
    [InlineData("ESP32_S2", 8, "0x1B0000", "3.0.2")]
    public void ApplicationGoesToTheDeploymentPartitionOfTheChipAndFlashSize(string target, int flashSize, string address, string nanoff)
    {
        // Targets are accepted in any case and passed to nanoff in its own spelling.
        string family = target.StartsWith("ESP32_S", StringComparison.OrdinalIgnoreCase) || target.Equals("ESP32_C3", StringComparison.OrdinalIgnoreCase) ? "esp32s3" : "esp32";
        Assert.Equal(address, DeployOffset(File.ReadAllLines(RepoPaths.Combine("partition-tables", $"{family}-{flashSize}mb.csv"))));

        using var flash = new FlashScript("nanoff " + nanoff + "+0a1b2c3d");
        var result = flash.Run("-SerialPort", "/dev/ttyUSB0", "-Target", target, "-FlashSize", flashSize.ToString(CultureInfo.InvariantCulture), "-Image", flash.Image);

        Assert.True(result.ExitCode == 0, result.Error + result.Output);
        string[] call = Assert.Single(result.Calls);
        bool verbs = nanoff.StartsWith('3');
        Assert.Equal(verbs ? "deploy" : "--target", call[0]);
        Assert.Equal(target.ToUpperInvariant(), call[Array.IndexOf(call, verbs ? "target" : "--target") + 1]);
        Assert.Equal(address, call[Array.IndexOf(call, verbs ? "address" : "--address") + 1]);
        Assert.DoesNotContain(verbs ? "flash" : "--update", call);
    }

    [Fact]
    public void AddressIsReadFromTheCsvNotBuiltIn()
    {
        // A copy of flash.ps1 beside a changed 4 MB table: the deploy address follows the table.
        using var flash = new FlashScript("nanoff 2.5.171");
        string script = flash.CopyScriptWithTable("esp32-4mb.csv", """
            # Name,   Type, SubType,  Offset,   Size
            nvs,      data, nvs,      0x9000,   0x6000
            phy_init, data, phy,      0xF000,   0x1000
            factory,  app,  factory,  0x10000,  0x1F0000
            deploy,   data, 0x84,     0x200000, 0x1C0000
            config,   data, littlefs, 0x3C0000, 0x40000
            """);
        var result = flash.RunScript(script, "-SerialPort", "COM5", "-Image", flash.Image);

        Assert.True(result.ExitCode == 0, result.Error + result.Output);
        string[] call = Assert.Single(result.Calls);
        Assert.Equal("0x200000", call[Array.IndexOf(call, "--address") + 1]);
    }

    private static string DeployOffset(string[] csv) =>
        csv.Where(l => !l.TrimStart().StartsWith('#') && l.Trim().Length > 0)
            .Select(l => l.Split(',').Select(f => f.Trim()).ToArray())
            .Single(f => f[1] == "data" && f[2] == "0x84")[3];
}
