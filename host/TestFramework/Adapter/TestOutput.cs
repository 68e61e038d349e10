using System.Text;

namespace nanoFramework.TestFramework.Adapter
{
    /// <summary>The output of one running test: what <see cref="OutputHelper"/> writes while the test is current.</summary>
    internal sealed class TestOutput
    {
        private static readonly AsyncLocal<TestOutput?> CurrentOutput = new();
        private readonly StringBuilder text = new();

        public static TestOutput? Current => CurrentOutput.Value;

        public string Text
        {
            get
            {
                lock (text)
                {
                    return text.ToString();
                }
            }
        }

        /// <summary>Makes this the current output until the returned scope is disposed.</summary>
        public IDisposable Activate()
        {
            var previous = CurrentOutput.Value;
            CurrentOutput.Value = this;
            return new Scope(previous);
        }

        public void Write(string? message)
        {
            lock (text)
            {
                text.Append(message);
            }
        }

        public void WriteLine(string? message)
        {
            lock (text)
            {
                text.Append(message).Append(Environment.NewLine);
            }
        }

        private sealed class Scope(TestOutput? previous) : IDisposable
        {
            public void Dispose() => CurrentOutput.Value = previous;
        }
    }
}
