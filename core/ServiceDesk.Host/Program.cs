using ServiceDesk.Host.Cli;

return await ServiceDeskCli.Create().Parse(args).InvokeAsync();
