using System.Text.Json;
using Xunit;

namespace Telemetry.HostTests.Flashing;

/// <summary>
/// The configuration file goes to I:\ with nanoff's file deployment, Wi-Fi and certificates to the runtime with its
/// network deployment; the JSON files nanoff reads are checked field by field and never left behind.
/// </summary>
public class FlashDeploymentTests
{
    private const string CaPem = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQ2E=\n-----END CERTIFICATE-----\n";
    private const string DevicePem = CaPem + "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIGtleQ==\n-----END EC PRIVATE KEY-----\n";

    // The second row uploads the repository's documented example file.
    [Theory]
    [InlineData("nanoff 2.5.171+2b4c1f0e", false, null, @"I:\config.txt")]
    [InlineData("nanoff 3.0.2+a1b2c3d4", true, @"I:\telemetry.conf", @"I:\telemetry.conf")]
    public void ConfigurationFileIsUploadedToInternalStorage(string version, bool example, string? destination, string expectedDestination)
    {
        using var flash = new FlashScript(version);
        string config = example ? RepoPaths.Combine("firmware", "config.example.txt") : flash.ConfigFile;
        string[] args = ["-SerialPort", "COM5", "-SkipApplication", "-ConfigFile", config];
        var result = flash.Run(destination == null ? args : [.. args, "-ConfigDestination", destination]);

        Assert.True(result.ExitCode == 0, result.Error + result.Output);
        string[] call = Assert.Single(result.Calls);
        bool verbs = version.Contains("3.0", StringComparison.Ordinal);
        string jsonPath = verbs ? call[2] : call[1];
        Assert.Equal(verbs ? ["deploy", "file", jsonPath, "serialport", "COM5"] : ["--filedeployment", jsonPath, "--serialport", "COM5"], call);
        Assert.EndsWith(".json", jsonPath, StringComparison.Ordinal);

        JsonElement json = result.Json(0);
        Assert.Equal("COM5", json.GetProperty("SerialPort").GetString());
        JsonElement file = Assert.Single(json.GetProperty("Files").EnumerateArray());
        Assert.Equal(expectedDestination, file.GetProperty("DestinationFilePath").GetString());
        Assert.Equal(config, file.GetProperty("SourceFilePath").GetString());
        Assert.False(File.Exists(jsonPath), "the deployment file must be removed after the run");
        Assert.Empty(flash.LeftoverTempFiles());
    }

    [Theory]
    [InlineData("nanoff 2.5.171+2b4c1f0e")]
    [InlineData("nanoff 3.0.2+a1b2c3d4")]
    public void WifiAndCertificatesAreStoredWithNetworkDeploymentAfterTheApplication(string version)
    {
        using var flash = new FlashScript(version);
        string ca = flash.Write("certs/ca.pem", CaPem);
        string device = flash.Write("certs/device.pem", DevicePem);
        var result = flash.Run(
            "-SerialPort", "COM9", "-Image", flash.Image, "-ConfigFile", flash.ConfigFile,
            "-WifiSsid", "Home Net", "-WifiPassword", "pa\"ss word1", "-CaCertificate", ca, "-DeviceCertificate", device);

        Assert.True(result.ExitCode == 0, result.Error + result.Output);
        bool verbs = version.Contains("3.0", StringComparison.Ordinal);
        Assert.Equal(3, result.Calls.Count);
        Assert.Equal(verbs ? "deploy" : "--target", result.Calls[0][0]);
        Assert.Contains(verbs ? "file" : "--filedeployment", result.Calls[1]);
        string[] network = result.Calls[2];
        string jsonPath = verbs ? network[2] : network[1];
        Assert.Equal(verbs ? ["deploy", "network", jsonPath, "serialport", "COM9"] : ["--networkdeployment", jsonPath, "--serialport", "COM9"], network);

        Assert.Equal(2, result.CopiedJson.Count);
        JsonElement json = result.Json(1);
        Assert.Equal("COM9", json.GetProperty("SerialPort").GetString());
        JsonElement wifi = json.GetProperty("WirelessClient");
        Assert.Equal("Home Net", wifi.GetProperty("Ssid").GetString());
        Assert.Equal("pa\"ss word1", wifi.GetProperty("Password").GetString());
        Assert.Equal("WPA2", wifi.GetProperty("Authentication").GetString());
        Assert.Equal("WPA2", wifi.GetProperty("Encryption").GetString());
        Assert.True(wifi.GetProperty("DhcpEnabled").GetBoolean());
        Assert.Equal("AutoConnect", wifi.GetProperty("ConfigurationOption").GetString());
        Assert.Equal(ca, json.GetProperty("CACertificatesPath").GetString());
        Assert.Equal(device, json.GetProperty("DeviceCertificatesPath").GetString());
        Assert.DoesNotContain("pa\"ss word1", result.Output, StringComparison.Ordinal);
        Assert.Empty(flash.LeftoverTempFiles());
    }

    [Fact]
    public void CertificateAloneLeavesWifiUntouched()
    {
        using var flash = new FlashScript("nanoff 3.0.2");
        string ca = flash.Write("ca.pem", CaPem);
        var result = flash.Run("-SerialPort", "COM5", "-SkipApplication", "-CaCertificate", ca);

        Assert.True(result.ExitCode == 0, result.Error + result.Output);
        Assert.Single(result.Calls);
        JsonElement json = result.Json(0);
        Assert.False(json.TryGetProperty("WirelessClient", out _));
        Assert.False(json.TryGetProperty("DeviceCertificatesPath", out _));
        Assert.Equal(ca, json.GetProperty("CACertificatesPath").GetString());
    }

    [Fact]
    public void DryRunPrintsEveryCommandAndMasksThePassword()
    {
        using var flash = new FlashScript("nanoff 3.0.2+a1b2c3d4");
        var result = flash.Run(
            "-SerialPort", "COM5", "-Image", flash.Image, "-UpdateFirmware", "-ConfigFile", flash.ConfigFile,
            "-WifiSsid", "home", "-WifiPassword", "s3cret-pass", "-DryRun");

        Assert.True(result.ExitCode == 0, result.Error + result.Output);
        Assert.Equal(1, result.VersionQueries);
        Assert.Empty(result.Calls);
        string[] commands = result.Output.Split('\n').Where(l => l.StartsWith("nanoff ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(4, commands.Length);
        Assert.StartsWith("nanoff flash target ESP32_REV3 serialport COM5 ", commands[0], StringComparison.Ordinal);
        Assert.Equal($"nanoff deploy target ESP32_REV3 serialport COM5 image \"{flash.Image}\" address 0x1E0000", commands[1]);
        Assert.StartsWith("nanoff deploy file ", commands[2], StringComparison.Ordinal);
        Assert.StartsWith("nanoff deploy network ", commands[3], StringComparison.Ordinal);
        Assert.Contains("\"Password\": \"********\"", result.Output, StringComparison.Ordinal);
        Assert.Contains("\"DestinationFilePath\": \"I:\\\\config.txt\"", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-pass", result.Output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(Path.Combine(flash.Folder, "tmp")));
    }

    [Fact]
    public void DryRunWithoutNanoffShowsTheStableSyntaxOrTheOneAskedFor()
    {
        using var flash = new FlashScript(nanoffVersionText: null);
        var stable = flash.Run("-SerialPort", "COM5", "-Image", flash.Image, "-DryRun");
        var verbs = flash.Run("-SerialPort", "COM5", "-Image", flash.Image, "-DryRun", "-NanoffVersion", "3.0");

        Assert.True(stable.ExitCode == 0, stable.Error + stable.Output);
        Assert.Contains("nanoff not found", stable.Output, StringComparison.Ordinal);
        Assert.Contains("nanoff --target ESP32_REV3 --serialport COM5 --baud 1500000 --deploy --image", stable.Output, StringComparison.Ordinal);
        Assert.True(verbs.ExitCode == 0, verbs.Error + verbs.Output);
        Assert.Contains("nanoff deploy target ESP32_REV3 serialport COM5 image", verbs.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void FailingNanoffStopsTheRunAndLeavesNoSecretsBehind()
    {
        using var flash = new FlashScript("nanoff 2.5.171", nanoffExitCode: 7);
        var result = flash.Run("-SerialPort", "COM5", "-SkipApplication", "-ConfigFile", flash.ConfigFile, "-WifiSsid", "home", "-WifiPassword", "s3cret-pass");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("nanoff failed with exit code 7", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Calls);
        Assert.Equal("--filedeployment", result.Calls[0][0]);
        Assert.Empty(flash.LeftoverTempFiles());
    }
}
