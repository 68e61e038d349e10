namespace nanoFramework.TestFramework.Adapter
{
    /// <summary>
    /// Collection fixture of the nanoFramework test collection: at the end of the run it calls the [Cleanup] methods of every
    /// class whose [Setup] ran but whose last case did not (a cancelled run, or a run without <see cref="NanoTestCaseOrderer"/>).
    /// </summary>
    public sealed class NanoCleanupFixture : IDisposable
    {
        public void Dispose() => NanoClassRun.CleanUpPending();
    }
}
