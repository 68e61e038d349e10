using Xunit.Abstractions;

namespace Telemetry.HostTests.TestShim;

/// <summary>What the adapter reported in one run, per test display name.</summary>
internal sealed class AdapterRun
{
    public AdapterRun(IReadOnlyList<IMessageSinkMessage> messages, IReadOnlyList<IMessageSinkMessage> diagnostics)
    {
        Messages = messages;
        Diagnostics = diagnostics.OfType<IDiagnosticMessage>().Select(m => m.Message).ToList();
        Results = messages.OfType<ITestResultMessage>().Where(m => m is ITestPassed or ITestFailed or ITestSkipped).Select(ToResult).ToList();
    }

    public IReadOnlyList<IMessageSinkMessage> Messages { get; }

    public IReadOnlyList<string> Diagnostics { get; }

    /// <summary>One result per test, in the order the tests ran.</summary>
    public IReadOnlyList<CaseResult> Results { get; }

    public CaseResult this[string displayName] =>
        Results.SingleOrDefault(r => r.DisplayName == displayName)
        ?? throw new KeyNotFoundException(displayName + " was not reported; reported: " + string.Join(" | ", Results.Select(r => r.DisplayName)));

    private static CaseResult ToResult(ITestResultMessage message) => message switch
    {
        ITestFailed failed => new CaseResult(
            message.Test.DisplayName,
            "Failed",
            string.Join(" / ", failed.ExceptionTypes.Zip(failed.Messages, (type, text) => type + ": " + text)),
            message.Output),
        ITestSkipped skipped => new CaseResult(message.Test.DisplayName, "Skipped", skipped.Reason, message.Output),
        _ => new CaseResult(message.Test.DisplayName, "Passed", string.Empty, message.Output),
    };

    public sealed record CaseResult(string DisplayName, string Outcome, string Message, string Output);
}
