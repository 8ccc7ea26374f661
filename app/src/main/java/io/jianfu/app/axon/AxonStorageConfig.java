package io.jianfu.app.axon;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.axonframework.springboot.EventProcessorProperties;
import org.axonframework.springboot.util.DeadLetterQueueProviderConfigurerModule;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.time.Duration;

/**
 * Axon's JDBC event store, token store, saga store and dead-letter queue on the one PostgreSQL, declared here
 * because Axon 4.13's auto-configuration does not order itself after Boot 4's DataSource (docs/stack-notes.md).
 * Table and column names match the Flyway migration V1__axon_tables.sql.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class AxonStorageConfig {

    /** Without this Axon falls back to no transactions on Boot 4, and a projection's rows and token split. */
    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactions) {
        return new SpringTransactionManager(transactions);
    }

    @Bean
    ConnectionProvider axonConnectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new PostgresDuplicateKeyResolver();
    }

    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                          .eventTable("domain_event_entry")
                          .snapshotTable("snapshot_event_entry")
                          .globalIndexColumn("global_index")
                          .aggregateIdentifierColumn("aggregate_identifier")
                          .sequenceNumberColumn("sequence_number")
                          .typeColumn("type")
                          .eventIdentifierColumn("event_identifier")
                          .metaDataColumn("meta_data")
                          .payloadColumn("payload")
                          .payloadRevisionColumn("payload_revision")
                          .payloadTypeColumn("payload_type")
                          .timestampColumn("time_stamp")
                          .build();
    }

    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          Configuration configuration, ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager, EventSchema eventSchema) {
        return JdbcEventStorageEngine.builder()
                                     .snapshotSerializer(defaultSerializer)
                                     .eventSerializer(eventSerializer)
                                     .upcasterChain(configuration.upcasterChain())
                                     .snapshotFilter(configuration.snapshotFilter())
                                     .persistenceExceptionResolver(persistenceExceptionResolver)
                                     .connectionProvider(connectionProvider)
                                     .transactionManager(transactionManager)
                                     .schema(eventSchema)
                                     .build();
    }

    @Bean
    TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer defaultSerializer) {
        return JdbcTokenStore.builder()
                             .connectionProvider(connectionProvider)
                             .serializer(defaultSerializer)
                             .schema(TokenSchema.builder()
                                                .setTokenTable("token_entry")
                                                .setProcessorNameColumn("processor_name")
                                                .setSegmentColumn("segment")
                                                .setTokenColumn("token")
                                                .setTokenTypeColumn("token_type")
                                                .setTimestampColumn("time_stamp")
                                                .setOwnerColumn("owner")
                                                .build())
                             .claimTimeout(Duration.ofSeconds(10))
                             .contentType(byte[].class)
                             .build();
    }

    @Bean
    JdbcSagaStore sagaStore(ConnectionProvider connectionProvider, Serializer defaultSerializer) {
        SagaSchema schema = SagaSchema.builder()
                                      .sagaEntryTable("saga_entry")
                                      .sagaIdColumn("saga_id")
                                      .revisionColumn("revision")
                                      .sagaTypeColumn("saga_type")
                                      .serializedSagaColumn("serialized_saga")
                                      .associationValueEntryTable("association_value_entry")
                                      .associationKeyColumn("association_key")
                                      .associationValueColumn("association_value")
                                      .build();
        return JdbcSagaStore.builder()
                            .connectionProvider(connectionProvider)
                            .sqlSchema(new PostgresSagaSqlSchema(schema))
                            .serializer(defaultSerializer)
                            .build();
    }

    @Bean
    DeadLetterSchema deadLetterSchema() {
        return DeadLetterSchema.builder()
                               .deadLetterTable("dead_letter_entry")
                               .deadLetterIdentifierColumn("dead_letter_id")
                               .processingGroupColumn("processing_group")
                               .sequenceIdentifierColumn("sequence_identifier")
                               .sequenceIndexColumn("sequence_index")
                               .messageTypeColumn("message_type")
                               .eventIdentifierColumn("event_identifier")
                               .timestampColumn("time_stamp")
                               .payloadTypeColumn("payload_type")
                               .payloadRevisionColumn("payload_revision")
                               .payloadColumn("payload")
                               .metaDataColumn("meta_data")
                               .aggregateTypeColumn("aggregate_type")
                               .aggregateIdentifierColumn("aggregate_identifier")
                               .sequenceNumberColumn("sequence_number")
                               .tokenTypeColumn("token_type")
                               .tokenColumn("token")
                               .enqueuedAtColumn("enqueued_at")
                               .lastTouchedColumn("last_touched")
                               .processingStartedColumn("processing_started")
                               .causeTypeColumn("cause_type")
                               .causeMessageColumn("cause_message")
                               .diagnosticsColumn("diagnostics")
                               .build();
    }

    /** Processors with {@code dlq.enabled} park failing events in PostgreSQL instead of stopping. */
    @Bean
    DeadLetterQueueProviderConfigurerModule deadLetterQueueProviderConfigurerModule(
            EventProcessorProperties properties, ConnectionProvider connectionProvider,
            TransactionManager transactionManager, DeadLetterSchema schema, Serializer defaultSerializer,
            @Qualifier("eventSerializer") Serializer eventSerializer) {
        return new DeadLetterQueueProviderConfigurerModule(
                properties,
                processingGroup -> configuration -> JdbcSequencedDeadLetterQueue.builder()
                                                                                .processingGroup(processingGroup)
                                                                                .connectionProvider(connectionProvider)
                                                                                .transactionManager(transactionManager)
                                                                                .schema(schema)
                                                                                .genericSerializer(defaultSerializer)
                                                                                .eventSerializer(eventSerializer)
                                                                                .build());
    }
}
