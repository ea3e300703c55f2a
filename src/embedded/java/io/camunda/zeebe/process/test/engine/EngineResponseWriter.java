package io.camunda.zeebe.process.test.engine;

import com.google.protobuf.GeneratedMessage;
import com.google.rpc.Status;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.RejectionType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.Intent;
import io.camunda.zeebe.stream.api.CommandResponseWriter;
import io.camunda.zeebe.util.buffer.BufferUtil;
import io.camunda.zeebe.util.buffer.BufferWriter;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.StreamObserver;
import org.agrona.DirectBuffer;
import org.agrona.ExpandableArrayBuffer;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * The engine's answers to gateway requests, as {@code GrpcResponseWriter} of zeebe-process-test 8.8.21 writes them,
 * but with every field its own. That class keeps the key, intent and value of the answer being written in static
 * fields, shared by every engine in the JVM: with two engines running (the test suite's Spring contexts, or a benchmark
 * beside its bare engine), one engine's answer is read with another's value ("Could not deserialize object",
 * "offset=0 length=446 not valid for capacity=139"), and the client waits until its deadline.
 */
final class EngineResponseWriter implements CommandResponseWriter {

    private final GatewayRequestStore requests;
    private final GrpcResponseMapper mapper = new GrpcResponseMapper();
    private final MutableDirectBuffer value = new ExpandableArrayBuffer();
    private final DirectBuffer valueView = new UnsafeBuffer();
    private long key = -1;
    private Intent intent = Intent.UNKNOWN;
    private RejectionType rejectionType = RejectionType.NULL_VAL;
    private String rejectionReason = "";

    EngineResponseWriter(GatewayRequestStore requests) {
        this.requests = requests;
    }

    @Override
    public CommandResponseWriter partitionId(int partitionId) {
        return this;
    }

    @Override
    public CommandResponseWriter key(long key) {
        this.key = key;
        return this;
    }

    @Override
    public CommandResponseWriter intent(Intent intent) {
        this.intent = intent;
        return this;
    }

    @Override
    public CommandResponseWriter recordType(RecordType type) {
        return this;
    }

    @Override
    public CommandResponseWriter valueType(ValueType valueType) {
        return this;
    }

    @Override
    public CommandResponseWriter rejectionType(RejectionType rejectionType) {
        this.rejectionType = rejectionType;
        return this;
    }

    @Override
    public CommandResponseWriter rejectionReason(DirectBuffer rejectionReason) {
        this.rejectionReason = BufferUtil.bufferAsString(rejectionReason);
        return this;
    }

    @Override
    public CommandResponseWriter valueWriter(BufferWriter writer) {
        writer.write(value, 0);
        valueView.wrap(value, 0, writer.getLength());
        return this;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void tryWriteResponse(int requestStreamId, long requestId) {
        GatewayRequestStore.Request request = requests.removeRequest(requestId);
        StreamObserver<GeneratedMessage> observer = (StreamObserver<GeneratedMessage>) request.responseObserver();
        if (rejectionType != RejectionType.NULL_VAL) {
            Status rejection = mapper.createRejectionResponse(rejectionType, intent, rejectionReason);
            observer.onError(StatusProto.toStatusException(rejection));
            return;
        }
        try {
            observer.onNext(mapper.map(request.requestType(), valueView, key, intent));
            observer.onCompleted();
        } catch (Exception e) {
            throw new RuntimeException(e);
        }
    }
}
