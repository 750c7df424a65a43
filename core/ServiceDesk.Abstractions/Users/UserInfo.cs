using ServiceDesk.Abstractions.Security;

namespace ServiceDesk.Abstractions.Users;

/// <summary>An agent or administrator.</summary>
/// <param name="Id">Internal id.</param>
/// <param name="Login">Login name.</param>
/// <param name="Email">Email address.</param>
/// <param name="FirstName">First name, as the person writes it.</param>
/// <param name="LastName">Last name, as the person writes it.</param>
/// <param name="IsAdmin">True for administrators.</param>
/// <param name="IsActive">False when the account is disabled.</param>
/// <param name="Language">UI and mail language, e.g. "ru" or "en".</param>
/// <param name="TimeZone">IANA time zone, e.g. "Europe/Moscow".</param>
/// <param name="Groups">Direct group permissions by group name.</param>
/// <param name="Roles">Names of the roles the user has.</param>
public sealed record UserInfo(
    int Id,
    string Login,
    string Email,
    string FirstName,
    string LastName,
    bool IsAdmin,
    bool IsActive,
    string Language,
    string? TimeZone,
    IReadOnlyDictionary<string, Permission> Groups,
    IReadOnlyList<string> Roles)
{
    /// <summary>"First Last", or the login when both are empty.</summary>
    public string FullName => PersonName.Join(FirstName, LastName) ?? Login;
}
