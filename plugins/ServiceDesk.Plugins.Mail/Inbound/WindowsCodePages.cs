using System.Text;

namespace ServiceDesk.Plugins.Mail.Inbound;

/// <summary>
/// Makes the code pages of Windows and the old national charsets (windows-1251, KOI8-R, ISO-2022-JP...) known to .NET,
/// which has only the Unicode ones and Latin-1 of its own. Without them MimeKit reads such text as Latin-1, and its TNEF
/// reader, which needs windows-1252, fails to initialize for the rest of the process.
/// </summary>
public static class WindowsCodePages
{
    private static readonly bool Registered = Register();

    /// <summary>Registers them, once; call before the first message is read.</summary>
    public static bool EnsureRegistered() => Registered;

    private static bool Register()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return true;
    }
}
