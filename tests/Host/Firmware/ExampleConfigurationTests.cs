using Telemetry.Firmware.Configuration;
using Xunit;

namespace Telemetry.HostTests.Firmware;

/// <summary>The documented example file parses without an error and sets every key.</summary>
public sealed class ExampleConfigurationTests
{
    [Fact]
    public void TheExampleFileIsValidAndComplete()
    {
        string path = RepoPaths.Combine("firmware", "config.example.txt");
        string text = File.ReadAllText(path);
        var configuration = new DeviceConfiguration();
        ConfigurationResult result = ConfigurationParser.Parse(File.ReadAllBytes(path), configuration);
        Assert.True(result.IsValid, result.IsValid ? "" : result.GetError(0).ToString());
        Assert.Equal(ConfigurationKeys.Count, result.ValuesRead);
        for (int key = 0; key < ConfigurationKeys.Count; key++)
        {
            Assert.Contains("\n" + ConfigurationKeys.Name(key) + "=", text);
        }

        Assert.Equal("van-7", configuration.DeviceId);
        Assert.Equal(1883, configuration.BrokerPort);
    }
}
