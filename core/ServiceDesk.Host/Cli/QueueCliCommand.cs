using System.CommandLine;
using ServiceDesk.Abstractions.Queues;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Abstractions.Tickets;

namespace ServiceDesk.Host.Cli;

/// <summary>servicedesk queue create: adds a queue.</summary>
public static class QueueCliCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "Full name, e.g. IT::Network (the parent must exist)." };
        var group = new Option<string>("--group") { Description = "The group that works the queue.", DefaultValueFactory = _ => "users" };
        var line = new Option<SupportLine>("--support-line") { Description = "First, Second or Third.", DefaultValueFactory = _ => SupportLine.First };
        var followUp = new Option<FollowUpPolicy>("--follow-up") { Description = "Reopen, NewTicket or Reject.", DefaultValueFactory = _ => FollowUpPolicy.Reopen };
        var priority = new Option<int>("--priority") { Description = "Default priority, 1 to 5.", DefaultValueFactory = _ => 3 };

        var create = new Command("create", "Create a queue.") { name, group, line, followUp, priority };
        create.TreatUnmatchedTokensAsErrors = false;
        create.SetAction((parseResult, cancellationToken) => CliRunner.RunAsync(parseResult, async (services, ct) =>
        {
            var queue = await services.GetRequiredService<IQueueService>().CreateAsync(Actor.System, new QueueCommand
            {
                Name = parseResult.GetValue(name)!,
                Group = parseResult.GetValue(group)!,
                SupportLine = parseResult.GetValue(line),
                FollowUpPolicy = parseResult.GetValue(followUp),
                DefaultPriority = (TicketPriority)parseResult.GetValue(priority),
            }, ct);
            Console.WriteLine($"Created queue '{queue.Name}' (id {queue.Id}).");
        }, cancellationToken));
        return new Command("queue", "Manage queues.") { create };
    }
}
