namespace Telemetry.SurfaceCheck.Projects
{
    /// <summary>Ids of the project and drift checks (the device code rules are in <see cref="Device.DeviceRuntimeRules"/>).</summary>
    public static class ProjectRuleIds
    {
        /// <summary>A device .cs file is not listed in its .nfproj.</summary>
        public const string UnlistedFile = "NF0101";

        /// <summary>A Compile item names a file that does not exist.</summary>
        public const string MissingFile = "NF0102";

        /// <summary>A host-only file (Simulated/, tests/Host/) is listed in a .nfproj.</summary>
        public const string HostOnlyListed = "NF0103";

        /// <summary>A Compile item points outside the project folder.</summary>
        public const string OutsideProject = "NF0104";

        /// <summary>A Reference has no HintPath or one not of the form ..\packages\Id.Version\lib\Assembly.dll.</summary>
        public const string BadHintPath = "NF0105";

        /// <summary>A HintPath names a package id and version that packages.config does not pin.</summary>
        public const string NotPinned = "NF0106";

        /// <summary>A HintPath names a package version the API listing does not describe.</summary>
        public const string ListingVersion = "NF0107";

        /// <summary>A HintPath assembly does not match the listing's assembly of that package (or has no listing).</summary>
        public const string AssemblyMismatch = "NF0108";

        /// <summary>packages.config lacks a package a referenced package depends on.</summary>
        public const string MissingDependency = "NF0109";

        /// <summary>packages.config pins a package no HintPath references.</summary>
        public const string UnusedPackage = "NF0110";

        /// <summary>A ProjectReference does not resolve to a checked device project, or projects reference each other in a cycle.</summary>
        public const string BadProjectReference = "NF0111";

        /// <summary>A .nfproj or packages.config is missing or cannot be read.</summary>
        public const string BadProjectFile = "NF0112";

        /// <summary>nf.sln and the .nfproj files on disk disagree.</summary>
        public const string SolutionMismatch = "NF0113";

        /// <summary>A file is listed twice.</summary>
        public const string DuplicateCompile = "NF0114";

        /// <summary>A Compile item uses a wildcard.</summary>
        public const string Wildcard = "NF0115";

        /// <summary>An assembly a referenced assembly needs is not referenced by the project.</summary>
        public const string MissingDependencyReference = "NF0116";
    }
}
