using System.Reflection;
using System.Runtime.InteropServices;

[assembly: AssemblyTitle("Contoso.DamConnector.Core")]
[assembly: AssemblyCompany("Contoso Ltd.")]
[assembly: AssemblyProduct("Contoso DAM Connector")]
[assembly: AssemblyCopyright("Copyright © Contoso Ltd. 2017")]
[assembly: ComVisible(false)]
[assembly: Guid("6b1e2c40-7a9d-4b5e-9f21-3c8d0e4a1b72")]
[assembly: AssemblyVersion("3.4.0.0")]
[assembly: AssemblyFileVersion("3.4.0.0")]
