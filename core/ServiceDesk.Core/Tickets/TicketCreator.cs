using Microsoft.EntityFrameworkCore;
using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Core.Customers;
using ServiceDesk.Core.Data;
using ServiceDesk.Core.Domain;
using ServiceDesk.Core.Security;

namespace ServiceDesk.Core.Tickets;

/// <summary>
/// Opens tickets: checks everything first, registers the customer when new, then has <see cref="TicketWriter"/> write
/// the ticket, its first article, history and events in one unit of work.
/// </summary>
public sealed class TicketCreator(
    ServiceDeskDbContext db,
    AccessPolicy access,
    ReferenceResolver references,
    ArticleWriter articles,
    ChangeRecorder recorder,
    CustomerDirectory customers,
    TicketWriter writer,
    TicketCreationQueue creationQueue,
    WriteTransaction transactions)
{
    public const string DefaultState = "new";

    public async Task<CreatedTicket> CreateAsync(Actor actor, CreateTicketCommand command, CancellationToken cancellationToken)
    {
        var title = TicketChanges.ValidTitle(command.Title, "title");
        var idempotencyKeys = IdempotencyKeyStore.Valid(command.IdempotencyKeys);
        var queue = await references.SharedQueueAsync(command.Queue, command.QueueId, "queue", cancellationToken);
        if (actor.IsAgent)
        {
            await access.DemandAsync(actor, queue, Permission.Create, "create tickets", cancellationToken);
        }

        if (actor.IsCustomer && (command.State is not null || command.OwnerId is not null))
        {
            throw new ForbiddenException("Customers may not choose the state or owner of a new ticket.");
        }

        if (actor.IsCustomer && command.Automation != ArticleAutomation.None)
        {
            throw new ForbiddenException("Only agents and the system relay automatic messages (automation); customers write as themselves.");
        }

        var priority = command.Priority ?? queue.DefaultPriority;
        if (!Enum.IsDefined(priority))
        {
            throw new ValidationException("priority", "Priority must be from 1 (very low) to 5 (very high).");
        }

        var state = await references.SharedStateAsync(command.State ?? DefaultState, "state", cancellationToken);
        if (state.Type.IsPending() || state.Type == StateType.Merged)
        {
            throw new ValidationException("state", "A new ticket is new, open or closed.");
        }

        var tags = TicketChanges.ValidTags(command.Tags ?? []);
        var fields = command.Fields ?? new Dictionary<string, string?>();
        var definitions = await references.FieldsAsync(fields.Keys, cancellationToken);
        var fieldValues = fields
            .Where(f => !string.IsNullOrWhiteSpace(f.Value))
            .Select(f => (Field: definitions[f.Key], Value: CustomFieldValues.Normalize(definitions[f.Key], f.Value!)))
            .ToList();

        var customerEmail = actor.IsCustomer ? null : CustomerDirectory.ValidEmail(command.Customer?.Email, "customer.email");
        var ownerId = command.OwnerId;
        if (ownerId is { } owner)
        {
            var agent = await references.AgentAsync(owner, "ownerId", cancellationToken);
            await DemandOwnerAsync(agent, queue, cancellationToken);
        }

        var draft = new ArticleDraft(
            command.Channel ?? ArticleChannels.Api,
            ArticleDirection.Incoming,
            VisibleToCustomer: true,
            command.From,
            To: null,
            Cc: null,
            title,
            command.Body,
            command.BodyHtml,
            command.Attachments ?? []);
        var article = await articles.BuildAsync(0, actor, draft, cancellationToken);
        article.Automation = Enum.IsDefined(command.Automation)
            ? command.Automation
            : throw new ValidationException("automation", "Automation is None, Reply or Notification.");

        // Everything is checked: whoever wrote in is registered now, even if the ticket then fails for another reason.
        var customer = actor.IsCustomer
            ? await db.CustomerUsers
                .Where(c => c.Id == actor.Id)
                .Select(c => new KnownCustomer(c.Id, c.Email, c.CompanyId, c.PersonalAgentId, c.FirstName, c.LastName))
                .SingleAsync(cancellationToken)
            : await customers.EnsureAsync(customerEmail!, command.Customer?.Name, cancellationToken);
        if (actor.Kind == ActorKind.System)
        {
            // The system relays a customer's request (an email, say): its first message is the customer's.
            article.AuthorCustomerUserId = customer.Id;
            article.AuthorName = CustomerDirectory.DisplayName(customer, command.Customer?.Name);
        }

        var personalAgent = await PersonalAgentAsync(customer, queue, cancellationToken);
        var now = recorder.Now;
        article.CreatedAt = now;
        var ticket = new Ticket
        {
            Title = title,
            QueueId = queue.Id,
            StateId = state.Id,
            Priority = priority,
            OwnerId = ownerId ?? personalAgent,
            CustomerUserId = customer.Id,
            CustomerCompanyId = customer.CompanyId,
            CreatedAt = now,
            ChangedAt = now,
            ClosedAt = state.Type.IsClosed() ? now : null,
            Tags = tags.Select(t => new TicketTag { Tag = t }).ToList(),
            FieldValues = fieldValues.Select(f => new TicketFieldValue { FieldId = f.Field.Id, Value = f.Value }).ToList(),
        };
        var newTicket = new NewTicket(actor, ticket, article, queue.Name, state.Name, idempotencyKeys);

        // Inside a caller's unit of work the ticket is part of it, and the caller's context tracks it: what it refers to
        // comes from that context, not from the shared queues and states. Otherwise it joins the tickets being written
        // now, and leaves with the shared ones.
        if (transactions.InProgress)
        {
            await writer.InsertAsync([newTicket], cancellationToken);
            await db.Entry(ticket).Reference(t => t.Queue).LoadAsync(cancellationToken);
            await db.Entry(ticket).Reference(t => t.State).LoadAsync(cancellationToken);
            await db.Entry(ticket).Reference(t => t.CustomerUser).LoadAsync(cancellationToken);
        }
        else
        {
            await creationQueue.CreateAsync(newTicket);
            ticket.Queue = queue;
            ticket.State = state;
            // The ticket is written and no context tracks it: the customer it shows is what creation knew of them.
            ticket.CustomerUser = new CustomerUser { Id = customer.Id, Email = customer.Email, CompanyId = customer.CompanyId, PersonalAgentId = customer.PersonalAgentId };
        }

        foreach (var value in ticket.FieldValues)
        {
            value.Field = definitions.Values.Single(d => d.Id == value.FieldId);
        }

        return new CreatedTicket(ticket, article);
    }

    private async Task DemandOwnerAsync(User agent, Queue queue, CancellationToken cancellationToken)
    {
        var permission = await access.QueuePermissionAsync(AgentActor(agent), queue, cancellationToken);
        if (!permission.HasFlag(Permission.Owner))
        {
            throw new UnprocessableException("ownerId", $"Agent {agent.Login} may not own tickets in queue '{queue.Name}'.");
        }
    }

    // Requests from a customer with a personal agent go to that agent first, when the agent may own them.
    private async Task<int?> PersonalAgentAsync(KnownCustomer customer, Queue queue, CancellationToken cancellationToken)
    {
        if (customer.PersonalAgentId is not { } agentId)
        {
            return null;
        }

        var agent = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == agentId && u.IsActive, cancellationToken);
        if (agent is null)
        {
            return null;
        }

        var permission = await access.QueuePermissionAsync(AgentActor(agent), queue, cancellationToken);
        return permission.HasFlag(Permission.Owner) ? agent.Id : null;
    }

    private static Actor AgentActor(User user) => new(user.IsAdmin ? ActorKind.Admin : ActorKind.Agent, user.Id, user.Login);
}
