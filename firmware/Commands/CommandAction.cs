namespace Telemetry.Firmware.Commands
{
    /// <summary>What the application does after a command's reply is sent.</summary>
    public static class CommandAction
    {
        /// <summary>Nothing more.</summary>
        public const int None = 0;

        /// <summary>Publish telemetry now.</summary>
        public const int PublishNow = 1;

        /// <summary>The telemetry interval changed: reschedule.</summary>
        public const int IntervalChanged = 2;

        /// <summary>Reboot (after the reply has left).</summary>
        public const int Reboot = 3;

        /// <summary>Deep sleep for <see cref="CommandProcessor.SleepSeconds"/> (after the reply and an <c>offline</c> status).</summary>
        public const int Sleep = 4;
    }
}
