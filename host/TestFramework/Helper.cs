#nullable disable

namespace nanoFramework.TestFramework
{
    /// <summary>Attribute filtering shared by the launcher and the test adapter.</summary>
    public static class Helper
    {
        /// <summary>Drops the [TestMethod] attribute when the same method also has [DataRow] rows (only the rows run).</summary>
        public static object[] RemoveTestMethodIfDataRowExists(object[] attribs)
        {
            bool hasTestMethod = false;
            bool hasDataRow = false;
            foreach (object attrib in attribs)
            {
                string name = attrib.GetType().FullName;
                hasTestMethod |= name == typeof(TestMethodAttribute).FullName;
                hasDataRow |= name == typeof(DataRowAttribute).FullName;
            }

            if (!hasTestMethod || !hasDataRow)
            {
                return attribs;
            }

            object[] filtered = new object[attribs.Length - 1];
            int next = 0;
            foreach (object attrib in attribs)
            {
                if (attrib.GetType().FullName != typeof(TestMethodAttribute).FullName && next < filtered.Length)
                {
                    filtered[next++] = attrib;
                }
            }

            return filtered;
        }
    }
}
