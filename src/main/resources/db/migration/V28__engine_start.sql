-- The key the engine gave the deployment of Convene's last start. An engine's keys only grow: one whose next deployment
-- key is lower is not the engine that holds the instances Convene started (it lost its state, or is another cluster).
create table engine_start (
    id             int    not null primary key check (id = 1),
    deployment_key bigint not null
);
