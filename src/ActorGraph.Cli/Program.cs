using ActorGraph.Cli;

return ActorGraphCli.Run(args, Console.Out, Console.Error);
