package org.corridor.kernel.config;

import org.axonframework.commandhandling.AsynchronousCommandBus;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.DuplicateCommandHandlerResolver;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.commandhandling.CommandBusSpanFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Commands are handled on the command bus's own threads, and whoever waits for one waits at most
 * {@code corridor.commands.timeout} (10 s unless set): a handler that hangs (a lock, a store that does not answer)
 * cannot hold a request thread for ever. Otherwise the bus is Axon's own, set up as Axon's auto-configuration sets
 * up its {@code SimpleCommandBus}: the same transaction manager, duplicate handler resolution, tracing, monitoring
 * and correlation data.
 */
@AutoConfiguration(before = AxonAutoConfiguration.class)
public class CommandHandlingAutoConfiguration {

    @Bean(destroyMethod = "shutdown")
    @Qualifier("localSegment")
    AsynchronousCommandBus commandBus(TransactionManager transactionManager, Configuration axonConfiguration,
                                      DuplicateCommandHandlerResolver duplicateCommandHandlerResolver,
                                      @Value("${corridor.commands.threads:8}") int threads) {
        ExecutorService executor = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), new AxonThreadFactory("commands"));
        AsynchronousCommandBus commandBus = AsynchronousCommandBus.builder()
                .executor(executor)
                .transactionManager(transactionManager)
                .duplicateCommandHandlerResolver(duplicateCommandHandlerResolver)
                .spanFactory(axonConfiguration.getComponent(CommandBusSpanFactory.class))
                .messageMonitor(axonConfiguration.messageMonitor(CommandBus.class, "commandBus"))
                .build();
        commandBus.registerHandlerInterceptor(
                new CorrelationDataInterceptor<>(axonConfiguration.correlationDataProviders()));
        return commandBus;
    }

    @Bean
    CommandGateway commandGateway(CommandBus commandBus,
                                  @Value("${corridor.commands.timeout:10s}") Duration timeout) {
        return new BoundedWaitCommandGateway(DefaultCommandGateway.builder().commandBus(commandBus).build(), timeout);
    }
}
