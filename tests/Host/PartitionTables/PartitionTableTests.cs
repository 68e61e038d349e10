using System.Globalization;
using Xunit;

namespace Telemetry.HostTests.PartitionTables;

/// <summary>Checks partition-tables/*.csv against the rules nanoCLR and ESP-IDF impose on them.</summary>
public class PartitionTableTests
{
    private const int BootloaderAndTableEnd = 0x9000;
    private const int MaxDeploymentSize = 0x380000; // about 3.5 MB memory-maps; more fails at boot.

    private sealed record Partition(string Name, string Type, string SubType, int Offset, int Size, int Line)
    {
        public int End => Offset + Size;
    }

    public static TheoryData<string> Tables()
    {
        var data = new TheoryData<string>();
        foreach (string name in TableNames())
        {
            data.Add(name);
        }

        return data;
    }

    private static string[] TableNames() =>
        Directory.GetFiles(RepoPaths.Combine("partition-tables"), "*.csv").Select(Path.GetFileName).OfType<string>().Order().ToArray();

    [Fact]
    public void EveryFlashSizeOfBothFamiliesHasATable()
    {
        Assert.Equal(
            ["esp32-16mb.csv", "esp32-2mb.csv", "esp32-4mb.csv", "esp32-8mb.csv", "esp32s3-16mb.csv", "esp32s3-4mb.csv", "esp32s3-8mb.csv"],
            TableNames());
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void HasOneOfEachPartitionTheRuntimeLooksFor(string table)
    {
        var rows = Read(table);
        Assert.Single(rows, p => p.Type == "app" && p.SubType == "factory");
        Assert.Single(rows, p => p.Type == "data" && p.SubType == "0x84");
        Assert.Single(rows, p => p.Type == "data" && p.SubType == "littlefs");
        Assert.Single(rows, p => p.Type == "data" && p.SubType == "nvs");
        Assert.Single(rows, p => p.Type == "data" && p.SubType == "phy");
        Assert.Equal(rows.Count, rows.Select(p => p.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void PartitionsAreAlignedOrderedAndFitTheFlash(string table)
    {
        var rows = Read(table);
        int flashSize = int.Parse(table.Split('-')[1].Replace("mb.csv", ""), CultureInfo.InvariantCulture) * 1024 * 1024;
        int previousEnd = BootloaderAndTableEnd;
        foreach (var p in rows)
        {
            int alignment = p.Type == "app" ? 0x10000 : 0x1000;
            Assert.True(p.Offset % alignment == 0, $"{table}:{p.Line} {p.Name} offset 0x{p.Offset:X} is not aligned to 0x{alignment:X}");
            Assert.True(p.Size > 0 && p.Size % 0x1000 == 0, $"{table}:{p.Line} {p.Name} size 0x{p.Size:X}");
            Assert.True(p.Offset >= previousEnd, $"{table}:{p.Line} {p.Name} overlaps the partition before it");
            previousEnd = p.End;
        }

        Assert.True(previousEnd <= flashSize, $"{table} ends at 0x{previousEnd:X}, past the {flashSize / 1048576} MB flash");
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void DeploymentPartitionStartsWhereNanoffMustDeployAndCanBeMapped(string table)
    {
        var deploy = Read(table).Single(p => p.SubType == "0x84");
        int expectedStart = table.StartsWith("esp32s3-", StringComparison.Ordinal) ? 0x1B0000 : 0x1E0000;
        Assert.Equal(expectedStart, deploy.Offset);
        Assert.True(deploy.Size <= MaxDeploymentSize, $"{table}: a deployment area of 0x{deploy.Size:X} fails to memory-map");
    }

    private static List<Partition> Read(string table)
    {
        var rows = new List<Partition>();
        string[] lines = File.ReadAllLines(RepoPaths.Combine("partition-tables", table));
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            string[] f = line.Split(',', StringSplitOptions.TrimEntries);
            Assert.True(f.Length == 5, $"{table}:{i + 1}: expected 5 fields (name, type, subtype, offset, size), got {f.Length}");
            rows.Add(new Partition(f[0], f[1], f[2], Hex(f[3], table, i + 1), Hex(f[4], table, i + 1), i + 1));
        }

        return rows;
    }

    private static int Hex(string field, string table, int line)
    {
        Assert.True(
            field.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
                && int.TryParse(field.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int value),
            $"{table}:{line}: '{field}' is not a hex number");
        return int.Parse(field.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
    }
}
