namespace ServiceDesk.Plugins.Mail.Accounts;

/// <summary>What a try of an account found.</summary>
/// <param name="Succeeded">Whether it connected, logged in and found the mailbox readable (see <see cref="AccountTest"/>).</param>
/// <param name="Message">What it did; when it failed, the reason (the server's, where it gave one).</param>
public sealed record AccountTestResult(bool Succeeded, string Message);
