package org.convene.workflow;

import io.grpc.ServerCredentials;
import io.grpc.ServerProvider;
import io.grpc.netty.NettyServerBuilder;
import java.net.InetSocketAddress;

/**
 * Every gRPC server in Convene's process listens on the loopback address only. The one there is, the embedded engine's
 * gateway, has no credentials: on every interface anyone on the network could deploy a process or cancel a live one.
 * gRPC finds this provider through {@code META-INF/services/io.grpc.ServerProvider} and prefers it to Netty's own,
 * which binds every interface.
 */
public final class LoopbackGrpcServerProvider extends ServerProvider {

    static final String LOOPBACK = "127.0.0.1";

    @Override
    protected boolean isAvailable() {
        return true;
    }

    @Override
    protected int priority() {
        return 6;
    }

    @Override
    protected NettyServerBuilder builderForPort(int port) {
        return NettyServerBuilder.forAddress(new InetSocketAddress(LOOPBACK, port));
    }

    @Override
    protected NewServerBuilderResult newServerBuilderForPort(int port, ServerCredentials credentials) {
        return NewServerBuilderResult.serverBuilder(NettyServerBuilder.forAddress(new InetSocketAddress(LOOPBACK, port), credentials));
    }
}
