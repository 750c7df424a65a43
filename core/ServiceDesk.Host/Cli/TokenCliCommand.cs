using System.CommandLine;
using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Core.Customers;
using ServiceDesk.Core.Security;

namespace ServiceDesk.Host.Cli;

/// <summary>servicedesk token create: prints a new bearer token for an agent or a customer.</summary>
public static class TokenCliCommand
{
    public static Command Create()
    {
        var user = new Option<string?>("--user") { Description = "The agent's login." };
        var customer = new Option<string?>("--customer") { Description = "The customer user's email." };
        var name = new Option<string>("--name") { Description = "What the token is for.", DefaultValueFactory = _ => "cli" };
        var days = new Option<int?>("--expires-days") { Description = "Days until the token expires; never when absent." };

        var create = new Command("create", "Create a bearer token and print it (only its hash is stored).") { user, customer, name, days };
        create.TreatUnmatchedTokensAsErrors = false;
        create.SetAction((parseResult, cancellationToken) => CliRunner.RunAsync(parseResult, async (services, ct) =>
        {
            var login = parseResult.GetValue(user);
            var email = parseResult.GetValue(customer);
            if ((login is null) == (email is null))
            {
                throw new ValidationException("--user", "Give either --user LOGIN or --customer EMAIL.");
            }

            var expires = parseResult.GetValue(days) is { } d ? DateTimeOffset.UtcNow.AddDays(d) : (DateTimeOffset?)null;
            var tokens = services.GetRequiredService<AccessTokenService>();
            string token;
            if (login is not null)
            {
                token = await tokens.CreateForUserAsync(login, parseResult.GetValue(name)!, expires, ct);
            }
            else
            {
                var found = await services.GetRequiredService<CustomerDirectory>().FindAsync(email!, ct)
                    ?? throw new NotFoundException($"There is no customer '{email}'.");
                token = await tokens.CreateForCustomerAsync(found.Id, parseResult.GetValue(name)!, expires, ct);
            }

            Console.WriteLine(token);
        }, cancellationToken));
        return new Command("token", "Manage API tokens.") { create };
    }
}
