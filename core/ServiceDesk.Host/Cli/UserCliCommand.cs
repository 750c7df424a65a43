using System.CommandLine;
using System.Security.Cryptography;
using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Abstractions.Users;

namespace ServiceDesk.Host.Cli;

/// <summary>servicedesk user create: adds an agent or administrator.</summary>
public static class UserCliCommand
{
    public static Command Create()
    {
        var login = new Option<string>("--login") { Description = "Login name.", Required = true };
        var email = new Option<string>("--email") { Description = "Email address.", Required = true };
        var firstName = new Option<string?>("--first-name") { Description = "First name." };
        var lastName = new Option<string?>("--last-name") { Description = "Last name." };
        var password = new Option<string?>("--password") { Description = "Password (at least 8 characters); generated and printed when absent." };
        var admin = new Option<bool>("--admin") { Description = "Make the user an administrator." };
        var groups = new Option<string[]>("--group")
        {
            Description = "Group permission as name=permission, e.g. users=ReadWrite or support=ReadOnly,Note; repeatable.",
            AllowMultipleArgumentsPerToken = false,
        };

        var create = new Command("create", "Create an agent.") { login, email, firstName, lastName, password, admin, groups };
        create.TreatUnmatchedTokensAsErrors = false;
        create.SetAction((parseResult, cancellationToken) => CliRunner.RunAsync(parseResult, async (services, ct) =>
        {
            var given = parseResult.GetValue(password);
            var secret = given ?? Convert.ToBase64String(RandomNumberGenerator.GetBytes(12));
            var user = await services.GetRequiredService<IUserService>().CreateAsync(Actor.System, new UserCommand
            {
                Login = parseResult.GetValue(login)!,
                Email = parseResult.GetValue(email)!,
                FirstName = parseResult.GetValue(firstName) ?? "",
                LastName = parseResult.GetValue(lastName) ?? "",
                Password = secret,
                IsAdmin = parseResult.GetValue(admin),
                Groups = ParseGroups(parseResult.GetValue(groups) ?? []),
            }, ct);
            Console.WriteLine($"Created user '{user.Login}' (id {user.Id}).");
            if (given is null)
            {
                Console.WriteLine($"Password: {secret}");
            }
        }, cancellationToken));
        return new Command("user", "Manage agents.") { create };
    }

    private static Dictionary<string, Permission> ParseGroups(IEnumerable<string> values)
    {
        var result = new Dictionary<string, Permission>();
        foreach (var value in values)
        {
            var parts = value.Split('=', 2);
            if (parts.Length != 2 || !Enum.TryParse<Permission>(parts[1], ignoreCase: true, out var permission))
            {
                throw new ValidationException("--group", $"'{value}' is not name=permission (ReadOnly, MoveInto, Create, Note, Owner, Priority, ReadWrite).");
            }

            result[parts[0].Trim()] = permission;
        }

        return result;
    }
}
