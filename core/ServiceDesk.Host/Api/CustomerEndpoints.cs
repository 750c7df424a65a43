using ServiceDesk.Abstractions.Customers;
using ServiceDesk.Abstractions.Paging;
using ServiceDesk.Abstractions.Security;

namespace ServiceDesk.Host.Api;

/// <summary>/api/v1/customers and /api/v1/companies.</summary>
public static class CustomerEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var customers = api.MapGroup("/customers").WithTags("Customers");
        customers.MapGet("/", async (string? q, int? page, int? pageSize, HttpContext http, ICustomerService service, CancellationToken ct) =>
            Results.Ok(await service.SearchUsersAsync(http.User.ToActor(), q, new PageRequest(page ?? 1, pageSize ?? PageRequest.DefaultPageSize), ct)));
        customers.MapGet("/{id:int}", async (int id, HttpContext http, ICustomerService service, CancellationToken ct) =>
            Results.Ok(await service.GetUserAsync(http.User.ToActor(), id, ct)));
        customers.MapPost("/", async (CustomerUserCommand command, HttpContext http, ICustomerService service, CancellationToken ct) =>
        {
            var customer = await service.CreateUserAsync(http.User.ToActor(), command, ct);
            return Results.Created($"/api/v1/customers/{customer.Id}", customer);
        });
        customers.MapPatch("/{id:int}", async (int id, CustomerUserCommand command, HttpContext http, ICustomerService service, CancellationToken ct) =>
            Results.Ok(await service.UpdateUserAsync(http.User.ToActor(), id, command, ct)));

        var companies = api.MapGroup("/companies").WithTags("Customers");
        companies.MapGet("/", async (HttpContext http, ICustomerService service, CancellationToken ct) =>
            Results.Ok(await service.ListCompaniesAsync(http.User.ToActor(), ct)));
        companies.MapPost("/", async (CustomerCompanyCommand command, HttpContext http, ICustomerService service, CancellationToken ct) =>
        {
            var company = await service.CreateCompanyAsync(http.User.ToActor(), command, ct);
            return Results.Json(company, statusCode: StatusCodes.Status201Created);
        });
        companies.MapPatch("/{id:int}", async (int id, CustomerCompanyCommand command, HttpContext http, ICustomerService service, CancellationToken ct) =>
            Results.Ok(await service.UpdateCompanyAsync(http.User.ToActor(), id, command, ct)));
    }
}
