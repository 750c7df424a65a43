using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Core.Data;
using ServiceDesk.Core.Domain;
using ServiceDesk.Core.Security;

namespace ServiceDesk.Core.Tickets;

/// <summary>States and custom field definitions.</summary>
public sealed partial class TicketSettingsService(ServiceDeskDbContext db, WriteTransaction transactions, ReferenceCache references) : ITicketSettingsService
{
    public async Task<IReadOnlyList<StateInfo>> ListStatesAsync(CancellationToken cancellationToken)
    {
        var states = await db.States.AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken);
        return states.Select(ToInfo).ToList();
    }

    public async Task<StateInfo> CreateStateAsync(Actor actor, StateCommand command, CancellationToken cancellationToken)
    {
        AccessPolicy.DemandAdmin(actor);
        if (!command.Name.IsSet || !command.Type.IsSet)
        {
            throw new ValidationException(command.Name.IsSet ? "type" : "name", "A new state needs a name and a type.");
        }

        if (!Enum.IsDefined(command.Type.Value) || command.Type.Value == StateType.Merged)
        {
            throw new ValidationException("type", "The type is one of New, Open, PendingReminder, PendingAutoCloseSuccessful, PendingAutoCloseUnsuccessful, ClosedSuccessful, ClosedUnsuccessful.");
        }

        var state = new TicketState { Type = command.Type.Value };
        Apply(state, command);
        db.States.Add(state);
        await SaveStateAsync(state, cancellationToken);
        return ToInfo(state);
    }

    public async Task<StateInfo> UpdateStateAsync(Actor actor, int id, StateCommand command, CancellationToken cancellationToken)
    {
        AccessPolicy.DemandAdmin(actor);
        var state = await db.States.SingleOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw new NotFoundException($"State {id} was not found.");
        if (command.Type.IsSet && command.Type.Value != state.Type)
        {
            throw new ValidationException("type", "The type of a state is fixed; add a new state instead.");
        }

        if (state.Type == StateType.Merged || IsBuiltIn(state.Name) && command.Name.IsSet && command.Name.Value != state.Name)
        {
            throw new ConflictException($"The built-in state '{state.Name}' cannot be renamed.");
        }

        Apply(state, command);
        await SaveStateAsync(state, cancellationToken);
        return ToInfo(state);
    }

    public async Task<IReadOnlyList<CustomFieldInfo>> ListFieldsAsync(CancellationToken cancellationToken)
    {
        var fields = await db.CustomFields.AsNoTracking().OrderBy(f => f.Name).ToListAsync(cancellationToken);
        return fields.Select(ToInfo).ToList();
    }

    public async Task<CustomFieldInfo> CreateFieldAsync(Actor actor, CustomFieldCommand command, CancellationToken cancellationToken)
    {
        AccessPolicy.DemandAdmin(actor);
        if (!command.Name.IsSet || !command.Type.IsSet)
        {
            throw new ValidationException(command.Name.IsSet ? "type" : "name", "A new field needs a name and a type.");
        }

        var name = command.Name.Value?.Trim() ?? "";
        if (!FieldNamePattern().IsMatch(name))
        {
            throw new ValidationException("name", "A field name is 1 to 64 lower-case letters, digits or underscores, starting with a letter.");
        }

        if (!Enum.IsDefined(command.Type.Value))
        {
            throw new ValidationException("type", "The type is Text, Integer, Decimal, Date, DateTime, Boolean or Dropdown.");
        }

        var field = new CustomField { Name = name, Type = command.Type.Value, Label = name };
        Apply(field, command);
        db.CustomFields.Add(field);
        await transactions.SaveUniqueAsync(
            db.CustomFields.AnyAsync(f => f.Name == field.Name && f.Id != field.Id, cancellationToken),
            $"A field named '{field.Name}' exists already.",
            cancellationToken);
        return ToInfo(field);
    }

    public async Task<CustomFieldInfo> UpdateFieldAsync(Actor actor, int id, CustomFieldCommand command, CancellationToken cancellationToken)
    {
        AccessPolicy.DemandAdmin(actor);
        var field = await db.CustomFields.SingleOrDefaultAsync(f => f.Id == id, cancellationToken) ?? throw new NotFoundException($"Field {id} was not found.");
        if ((command.Name.IsSet && command.Name.Value != field.Name) || (command.Type.IsSet && command.Type.Value != field.Type))
        {
            throw new ValidationException("name", "The name and type of a field are fixed; define a new field instead.");
        }

        Apply(field, command);
        await transactions.SaveChangesAsync(cancellationToken);
        return ToInfo(field);
    }

    private async Task SaveStateAsync(TicketState state, CancellationToken cancellationToken)
    {
        await transactions.SaveUniqueAsync(
            db.States.AnyAsync(s => s.Name == state.Name && s.Id != state.Id, cancellationToken),
            $"A state named '{state.Name}' exists already.",
            cancellationToken);
        references.Invalidate();
    }

    private static bool IsBuiltIn(string name) => DatabaseSeed.States.Any(s => s.Name == name);

    private static void Apply(TicketState state, StateCommand command)
    {
        if (command.Name.IsSet)
        {
            var name = command.Name.Value?.Trim() ?? "";
            state.Name = name.Length is > 0 and <= 100 ? name : throw new ValidationException("name", "A state name has 1 to 100 characters.");
        }

        if (command.IsActive.IsSet)
        {
            state.IsActive = command.IsActive.Value;
        }
    }

    private static void Apply(CustomField field, CustomFieldCommand command)
    {
        if (command.Label.IsSet)
        {
            var label = command.Label.Value?.Trim() ?? "";
            field.Label = label.Length is > 0 and <= 200 ? label : throw new ValidationException("label", "A label has 1 to 200 characters.");
        }

        if (command.Options.IsSet)
        {
            var options = (command.Options.Value ?? []).Select(o => o.Trim()).Where(o => o.Length > 0).Distinct().ToList();
            if (options.Any(o => o.Contains('\n', StringComparison.Ordinal)))
            {
                throw new ValidationException("options", "An option is one line.");
            }

            field.Options = string.Join('\n', options);
        }

        if (field.Type == CustomFieldType.Dropdown && field.Options.Length == 0)
        {
            throw new ValidationException("options", "A dropdown needs at least one option.");
        }

        if (command.IsActive.IsSet)
        {
            field.IsActive = command.IsActive.Value;
        }
    }

    private static StateInfo ToInfo(TicketState s) => new(s.Id, s.Name, s.Type, s.IsActive);

    private static CustomFieldInfo ToInfo(CustomField f) => new(f.Id, f.Name, f.Label, f.Type, CustomFieldValues.OptionsOf(f), f.IsActive);

    [GeneratedRegex("^[a-z][a-z0-9_]{0,63}$")]
    private static partial Regex FieldNamePattern();
}
